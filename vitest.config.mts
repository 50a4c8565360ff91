import {defineConfig} from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Snippet runs mostly sleep; a few more at once than cores keeps the suite quick.
    maxConcurrency: 8,
    testTimeout: 30_000,
  },
});
