// Tailwind 4 keeps colours and fonts in CSS (src/app/styles.css), where dark mode switches them;
// this file, loaded there with @config, holds the typed rest of the theme.
import type { Config } from 'tailwindcss';

export default {
  content: ['./index.html', './src/**/*.{ts,tsx}'],
  theme: {
    extend: {
      screens: { xs: '420px' },
    },
  },
} satisfies Config;
