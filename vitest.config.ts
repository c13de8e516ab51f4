import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'main/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Prints the reliability suite's figures (kills survived, damaged files, payloads, cases) at the end.
    globalSetup: ['main/core/reliability/testing/figuresSetup.ts'],
  },
});
