// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** I/O modules that must never reach the pure folders (see ARCHITECTURE.md, "Rule of direction"). */
const ioModules = [
  'fs',
  'node:fs',
  'fs/promises',
  'node:fs/promises',
  'child_process',
  'node:child_process',
  'http',
  'node:http',
  'https',
  'node:https',
  'net',
  'node:net',
  'path',
  'node:path',
  'better-sqlite3',
  'pg',
  'kysely',
  'fastify',
  '@fastify/static',
  '@ffmpeg-installer/ffmpeg',
  '@tensorflow/tfjs-core',
  '@tensorflow-models/pose-detection',
  'pngjs',
  '@inquirer/prompts',
];
const pureFolders = [
  'src/catalog/**',
  'src/assessment/**',
  'src/program/**',
  'src/coaching/**',
  'src/progress/**',
  'src/vision/geometry/**',
  'src/vision/trial/**',
  'src/vision/capture/**',
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'build/**',
      'data/**',
      'models/**',
      'e2e/screenshots/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.mjs', 'bin/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      curly: ['error', 'all'],
    },
  },
  {
    files: pureFolders,
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ioModules.map((name) => ({
            name,
            message: 'Pure domain and geometry code has no I/O: pass data in from an adapter at the edge.',
          })),
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'No I/O in pure code.' },
        { name: 'process', message: 'Pass configuration in as an argument.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Pass `now` in: pure code never reads the clock.' },
        { object: 'Math', property: 'random', message: 'Pure code has no randomness.' },
      ],
    },
  },
);
