import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores([
    'dist',
    'node_modules',
    'test-results',
    'playwright-report',
    '.ci-out',
    'coverage',
    'bench/out',
    'tools/lighthouse/node_modules',
  ]),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: globals.browser },
    rules: {
      // One way for data to flow: api -> features -> app. Shared layers never reach up.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['oidc-client-ts'], message: 'Only src/auth may import oidc-client-ts.' },
            { group: ['**/emulator/**'], message: 'The app never imports the emulator.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'localStorage', message: 'Use src/lib/preferences.ts (never for tokens).' },
      ],
    },
  },
  {
    files: ['src/auth/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: [
      'emulator/**/*.ts',
      'e2e/**/*.ts',
      'scripts/**/*.{ts,mjs,js}',
      'bench/**/*.{ts,mjs}',
      '*.config.ts',
      '*.config.js',
    ],
    languageOptions: { globals: globals.node },
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
  },
]);
