/** A production build of the site into a temporary folder, for tests of what readers get. */
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const SITE = path.resolve(__dirname, '../..');

/** Builds with the given environment (e.g. BASE_URL) and returns the output folder. */
export function buildSite(env: Record<string, string>): string {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'site-build-'));
  try {
    execFileSync('npx', ['docusaurus', 'build', '--out-dir', outDir], {
      cwd: SITE,
      env: {...process.env, ...env},
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
    });
  } catch (error) {
    const {stdout, stderr} = error as {stdout?: string; stderr?: string};
    throw new Error(`the site does not build:\n${`${stdout ?? ''}\n${stderr ?? ''}`.trim().split('\n').slice(-40).join('\n')}`);
  }
  return outDir;
}
