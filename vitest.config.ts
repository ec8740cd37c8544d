import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Protocol tests each start a real server on a free port; files may run in parallel.
    pool: 'forks',
  },
});
