// Tailwind 4 reads its theme from CSS (src/app/styles.css); this file, loaded there with
// @config, holds what is easier to keep typed: the content globs and the dark-mode switch.
import type { Config } from 'tailwindcss';

export default {
  content: ['./index.html', './src/**/*.{ts,tsx}'],
  darkMode: 'class',
} satisfies Config;
