// The TypeScript of the site, its scripts and its tests type-checks (tsc --noEmit with
// tsconfig.json), with TypeScript 7, the native compiler: 2 CPU-seconds where TypeScript 5.9 took
// 10. Run here, beside the snippet tests, rather than before them: it costs no wall time. At the
// default priority (the snippets, which time their waits, run above it where allowed), so that it
// never starves behind other programs on a busy machine.
import {execFile} from 'node:child_process';
import path from 'node:path';
import {promisify} from 'node:util';
import {expect, it} from 'vitest';

const ROOT = path.resolve(__dirname, '..');

it('type-checks (tsc --noEmit)', async () => {
  const tsc = path.join(ROOT, 'node_modules/.bin/tsc');
  const errors = await promisify(execFile)(tsc, ['--noEmit', '--pretty', 'false'], {cwd: ROOT}).then(
    () => '',
    (error: {stdout?: string; stderr?: string}) => `${error.stdout ?? ''}${error.stderr ?? ''}`.trim() || String(error),
  );
  expect(errors, 'tsc found type errors').toBe('');
});
