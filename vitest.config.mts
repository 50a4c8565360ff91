import {defineConfig} from 'vitest/config';

// Two projects: "unit" needs nothing built; "site" gets production builds made once by
// test/support/globalBuild.ts. The builds start first and run in the background while "unit"
// runs; "site" runs after "unit", so the snippets (which time their waits) never share the CPU
// with Chromium. `npx vitest run --project unit` skips the builds.
const SITE_TESTS = ['test/site.test.ts', 'test/browser*.test.ts'];

// Deadlines are for hung work only: every wait inside a test waits for a state with its own
// deadline (STATE_DEADLINE_MS, a snippet's time limit), and a busy machine may make a whole test
// or a build take several times as long as on a quiet one.
const HUNG_MS = 10 * 60_000;

export default defineConfig({
  // tsconfig.json keeps JSX as written (Docusaurus compiles it); tests that render components need
  // it compiled, as React 19's automatic runtime does.
  oxc: {jsx: {runtime: 'automatic'}},
  test: {
    // Test files run side by side even on two cores: snippet runs and page loads mostly wait.
    maxWorkers: 4,
    testTimeout: HUNG_MS,
    hookTimeout: HUNG_MS,
    projects: [
      {extends: true, test: {name: 'unit', include: ['test/**/*.test.ts'], exclude: SITE_TESTS, sequence: {groupOrder: 0}}},
      {
        extends: true,
        test: {
          name: 'site',
          include: SITE_TESTS,
          globalSetup: ['test/support/globalBuild.ts'],
          sequence: {groupOrder: 1},
        },
      },
    ],
  },
});
