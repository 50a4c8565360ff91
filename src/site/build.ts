/**
 * A production build of the site for the npm run scripts (benchmarks, measurements): into
 * `outDir`, at the root base path unless `env` says otherwise, with the build's warnings shown.
 * The tests build differently (in the background, at low priority): test/support/build.ts.
 */
import {execFileSync} from 'node:child_process';
import path from 'node:path';

export const SITE = path.resolve(__dirname, '../..');

/** `siteDir` is another site folder (a fixture), relative to this one. */
export function buildSiteInto(outDir: string, env: Record<string, string> = {}, siteDir = '.'): void {
  execFileSync('npx', ['docusaurus', 'build', siteDir, '--out-dir', outDir], {
    cwd: SITE,
    env: {...process.env, BASE_URL: '/', ...env},
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
