// Lint rules of canopy: typescript-eslint strictTypeChecked and the purity
// overrides that keep the cores (util/, yang/, tree/, raft/, *-core.ts) free of I/O, clocks and randomness.
// Import cycles and the layer order are checked by scripts/check-imports.mjs (npm run check).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const pureFiles = [
  'src/util/**/*.ts',
  'src/yang/**/*.ts',
  'src/tree/**/*.ts',
  'src/raft/**/*.ts',
  'src/**/*-core.ts',
];
const pureIgnores = ['src/yang/load-schema.ts'];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'src/wire/gen/**',
      'scripts/**',
      'eslint.config.js',
      'data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true, allowNullish: true },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unnecessary-condition': 'off',
      '@typescript-eslint/no-extraneous-class': 'off',
      '@typescript-eslint/no-invalid-void-type': 'off',
      '@typescript-eslint/unified-signatures': 'off',
      '@typescript-eslint/prefer-literal-enum-member': 'off',
      'no-empty': ['error', { allowEmptyCatch: false }],
      'no-console': 'error',
      'max-lines-per-function': ['warn', { max: 90, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.property.name=/^(push|unshift)$/] > SpreadElement',
          message:
            'Spreading an array into push/unshift overflows the stack past ~120k elements: use pushAll (src/util/arrays.ts) or a loop.',
        },
      ],
    },
  },
  {
    files: pureFiles,
    ignores: pureIgnores,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*'],
              message: 'Pure cores do no I/O: take a port through the constructor.',
            },
            {
              group: ['**/runtime/**', 'nact', 'classic-level', 'protobufjs', 'protobufjs/*'],
              message: 'Pure cores import no shells or third-party I/O.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'setTimeout', message: 'Time arrives as tick().' },
        { name: 'setInterval', message: 'Time arrives as tick().' },
        { name: 'setImmediate', message: 'Time arrives as tick().' },
        { name: 'process', message: 'Pure cores do not read the process.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Time arrives as tick().' },
        { object: 'Math', property: 'random', message: 'Randomness arrives as an injected Rng.' },
        { object: 'performance', property: 'now', message: 'Time arrives as tick().' },
      ],
    },
  },
  {
    // The transaction proxies take every clock read and timer from the Timers port
    // (src/util/timers.ts), so that a test or the simulator drives their timeouts and retries.
    files: ['src/txn/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        // NB: setImmediate (a later turn, no time) stays allowed: listener delivery defers with it.
        ...['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval'].map((name) => ({
          name,
          message: 'src/txn takes time from the Timers port (ctx.timers).',
        })),
      ],
      'no-restricted-properties': [
        'error',
        ...[
          ['Date', 'now'],
          ['performance', 'now'],
          ['process', 'hrtime'],
          ['globalThis', 'setTimeout'],
          ['globalThis', 'setInterval'],
        ].map(([object, property]) => ({
          object,
          property,
          message: 'src/txn takes time from the Timers port (ctx.timers).',
        })),
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'NewExpression[callee.name="Date"]',
          message: 'src/txn takes time from the Timers port (ctx.timers).',
        },
        {
          selector: 'CallExpression[callee.property.name=/^(push|unshift)$/] > SpreadElement',
          message:
            'Spreading an array into push/unshift overflows the stack past ~120k elements: use pushAll (src/util/arrays.ts) or a loop.',
        },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts', 'test/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      'max-lines-per-function': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-confusing-void-expression': 'off',
    },
  },
);
