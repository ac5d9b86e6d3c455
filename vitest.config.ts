import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'src/**/*.test.ts',
      'web/**/*.test.ts',
      'web/**/*.test.tsx',
      'e2e/**/*.test.ts',
      'scripts/**/*.test.ts',
      'eslint/**/*.test.ts',
    ],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // 2-core machines: keep parallelism modest so heavy tests (pose, browser) do not starve each other.
    maxWorkers: 2,
  },
});
