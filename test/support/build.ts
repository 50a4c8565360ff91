/** Production builds of the site into temporary folders, for tests of what readers get. */
import {execFile} from 'node:child_process';
import fs from 'node:fs';
import {promisify} from 'node:util';
import {SITE} from '../../src/site/build';

export {SITE};

/** How long a test build may take before it is taken for hung (a cold build takes 10-20 s). */
const BUILD_DEADLINE_MS = 10 * 60_000;

/** The base path the tests build under, as on GitHub Pages, so links that ignore it break. */
export const BASE = '/async-python/';
export const SITE_URL = 'https://example.org';

/**
 * Builds into `outDir` with the given environment (e.g. BASE_URL). `siteDir` is another site
 * folder relative to this one, for fixture builds, which may skip minifying (it changes nothing
 * a fixture's checks look at, and costs a fifth of the build's CPU).
 */
export async function buildSite(env: Record<string, string>, outDir: string, siteDir = '.', {minify = true} = {}): Promise<void> {
  // At the default CPU priority, so that it never starves behind other programs on a busy
  // machine: the snippets that run meanwhile and time their waits run above it (PYTHON_NICE).
  // The deadline is for a hung build only.
  const args = ['docusaurus', 'build', siteDir, '--out-dir', outDir, ...(minify ? [] : ['--no-minify'])];
  try {
    await promisify(execFile)('npx', args, {cwd: SITE, env: {...process.env, ...env}, maxBuffer: 64 << 20, timeout: BUILD_DEADLINE_MS, killSignal: 'SIGKILL'});
  } catch (error) {
    const {stdout, stderr} = error as {stdout?: string; stderr?: string};
    const log = `${stdout ?? ''}\n${stderr ?? ''}`.trim().split('\n').slice(-40).join('\n');
    throw new Error(`the site${siteDir === '.' ? '' : ` ${siteDir}`} does not build:\n${log}`);
  }
}

/** Where a build started by test/support/globalBuild.ts says it has finished, or why it failed. */
export const doneMarker = (outDir: string) => `${outDir}.done`;
export const failedMarker = (outDir: string) => `${outDir}.failed`;

/**
 * Waits for the build in `outDir` (started in the background by the global setup, so that tests
 * which need no build run meanwhile) and returns the folder, or throws the build's error.
 */
export async function builtSite(outDir: string): Promise<string> {
  for (;;) {
    if (fs.existsSync(doneMarker(outDir))) return outDir;
    if (fs.existsSync(failedMarker(outDir))) throw new Error(fs.readFileSync(failedMarker(outDir), 'utf8'));
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
