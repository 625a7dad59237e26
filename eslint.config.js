// ESLint 9 flat config. Type-aware TypeScript rules, React hooks rules, and the layer boundaries of
// src/ (domain ← data ← features ← app; components and lib shared below features) kept by lint.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const projectRoot = dirname(fileURLToPath(import.meta.url));

/** Feature folders that exist now; each one gets its own "no other feature" zone. */
function featureFolders() {
  try {
    return readdirSync(join(projectRoot, 'src', 'features'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
}

const layerZones = [
  {
    target: './src/domain',
    from: './src',
    except: ['./domain'],
    message: 'src/domain is pure: it may import only from src/domain.',
  },
  {
    target: './src/data',
    from: ['./src/features', './src/components', './src/app'],
    message: 'src/data may not depend on UI (features, components, app).',
  },
  {
    target: ['./src/components', './src/lib'],
    from: ['./src/features', './src/app'],
    message: 'Shared code (components, lib) may not depend on features or the app shell.',
  },
  {
    // The export code builds on the cards, not the other way round: a card says what an export needs
    // (components/ui/chart-export.ts) and the app provides the exporter, so the export code stays lazy.
    target: './src/components',
    from: './src/lib/export',
    message:
      'src/components may not import src/lib/export: use the types and ChartExporterContext in components/ui/chart-export.ts.',
  },
  ...featureFolders().map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'Features never import each other; compose them in src/app, or move shared code down.',
  })),
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'tests/e2e/artifacts/', 'bench/results.json'] },

  js.configs.recommended,

  // Plain JavaScript (this file, scripts/*.mjs): Node globals, no type information.
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: globals.node },
  },

  // TypeScript: type-checked rules through the project service (tsconfig.app/node via tsconfig.json).
  {
    files: ['**/*.{ts,tsx}'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: projectRoot },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'separate-type-imports' },
      ],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      // Property-style signatures (`onChange: (v: T) => void`) can be destructured from props and
      // contexts without tripping unbound-method; `--fix` rewrites method-style ones.
      '@typescript-eslint/method-signature-style': ['error', 'property'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },

  // Browser code.
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
  },

  // React hooks rules wherever components or hooks can live.
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },

  // Imports: no cycles; layer boundaries.
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { basePath: projectRoot, zones: layerZones }],
    },
  },

  // No barrel files: import from the file that defines a thing.
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ExportAllDeclaration',
          message: 'No `export * from` re-exports (barrel files): import from the defining file.',
        },
      ],
    },
  },
  {
    files: ['src/**/index.ts', 'src/**/index.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Program',
          message: 'No index.ts barrel files: name the file after what it defines.',
        },
      ],
    },
  },

  // The domain stays framework-free.
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@tanstack/*', 'recharts', 'papaparse'],
              message: 'src/domain is pure TypeScript: no UI, fetching or parsing libraries.',
            },
          ],
        },
      ],
    },
  },

  // Tests may assert presence with `!` after checking it.
  {
    files: ['**/*.test.{ts,tsx}', 'tests/**/*.ts', 'src/**/testing/**/*.ts', 'vitest.setup.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
