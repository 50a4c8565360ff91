/**
 * npm run snippets:test [-- 11- 12-when]
 *
 * The snippet test (test/snippets.test.ts) for the snippets whose id starts with one of the
 * arguments, or all of them: a writer's check of one chapter's snippets on every interpreter,
 * without the rest of the suite.
 */
import {spawnSync} from 'node:child_process';
import {SITE} from '../site/build';

const filters = process.argv.slice(2);
const vitest = spawnSync('npx', ['vitest', 'run', '--project', 'unit', 'test/snippets.test.ts'], {
  cwd: SITE,
  stdio: 'inherit',
  env: {...process.env, SNIPPETS: filters.join(',')},
});
process.exitCode = vitest.status ?? 1;
