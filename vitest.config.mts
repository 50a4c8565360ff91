import {defineConfig} from 'vitest/config';

// Two projects: "unit" needs nothing built; "site" gets production builds made once by
// test/support/globalBuild.ts. The builds start first and run in the background while "unit"
// runs; "site" runs after "unit", so the snippets (which time their waits) never share the CPU
// with Chromium. `npx vitest run --project unit` skips the builds.
const SITE_TESTS = ['test/site.test.ts', 'test/browser*.test.ts'];

export default defineConfig({
  // tsconfig.json keeps JSX as written (Docusaurus compiles it); tests that render components need
  // it compiled, as React 19's automatic runtime does.
  oxc: {jsx: {runtime: 'automatic'}},
  test: {
    // Snippet runs mostly sleep; a few more at once than cores keeps the suite quick. The same
    // number as CONCURRENCY in src/snippets/matrix.ts, which npm run snippets:soak proves stable.
    maxConcurrency: 12,
    // Test files run side by side even on two cores: snippet runs and page loads mostly wait.
    maxWorkers: 4,
    testTimeout: 30_000,
    projects: [
      {extends: true, test: {name: 'unit', include: ['test/**/*.test.ts'], exclude: SITE_TESTS, sequence: {groupOrder: 0}}},
      {
        extends: true,
        test: {
          name: 'site',
          include: SITE_TESTS,
          globalSetup: ['test/support/globalBuild.ts'],
          hookTimeout: 180_000,
          sequence: {groupOrder: 1},
        },
      },
    ],
  },
});
