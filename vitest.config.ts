import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 600_000,
          fileParallelism: false,
          // Builds the real site once per run for all browser tests (tests/e2e/support/build.ts).
          globalSetup: ['tests/e2e/support/global-setup.ts'],
        },
      },
    ],
  },
});
