import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

export default tseslint.config(
  {
    name: 'ignores',
    ignores: ['dist', 'dist-cli', 'node_modules', 'test-results', 'playwright-report'],
  },
  { name: 'js', ...js.configs.recommended },
  ...tseslint.configs.recommended,
  {
    name: 'all',
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    name: 'app',
    files: ['app/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/exhaustive-deps': 'error',
      ...jsxA11y.configs.recommended.rules,
    },
  },
  {
    // The core runs in Node (tests, CLI) and in the browser: no UI frameworks, no DOM (DESIGN.md §2).
    name: 'core-stays-framework-free',
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'react/*', 'zustand', 'zustand/*'],
              message: 'src/ is framework-free.',
            },
            {
              group: ['monaco-*', '@monaco-editor/*', '@dnd-kit/*'],
              message: 'src/ is framework-free.',
            },
            { group: ['**/app/**', '../app/*'], message: 'src/ must not import app/.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'sessionStorage',
        'navigator',
        'fetch',
      ],
    },
  },
  {
    name: 'tests',
    files: ['**/*.test.{ts,tsx}'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    name: 'scripts-and-cli',
    files: ['scripts/**/*.{js,mjs,ts}', 'src/cli/**/*.ts', 'e2e/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
