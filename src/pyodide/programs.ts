/**
 * Snippets as programs a browser can run: the text of a snippet and of the files beside it that
 * it imports, and whether a run in Pyodide printed what the page shows (then the page offers Run).
 * Node only (reads snippets/).
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Snippet} from '../snippets/catalog';
import {siblingModules} from '../snippets/runnable';
import {formatDiff} from '../snippets/diff';
import {normaliseOutput, outputFor} from '../snippets/outputs';
import {PYTHON_RANGE} from '../snippets/versions';
import type {PyodideRun} from './pool';
import type {Program} from './session';

/** Where Pyodide's standard library lives, shown as "<python>" like CPython's in outputs. */
export const PYODIDE_LIBRARY_DIRS = ['/lib/python314.zip', '/lib/python3.14'];

/** A snippet as Pyodide runs it: its text and the text of the files beside it that it imports. */
export function programOf(snippet: Snippet, siteDir: string): Program {
  const modules = Object.fromEntries(siblingModules(snippet).map((file) => [file, fs.readFileSync(path.join(siteDir, file), 'utf8')]));
  return {filename: `snippets/${snippet.id}`, source: fs.readFileSync(snippet.absPath, 'utf8'), modules};
}

/**
 * Whether a run in Pyodide printed what the page shows for the newest CPython the site runs
 * (the one closest to Pyodide's 3.14) and ended as it does, after the documented normalisation
 * with Pyodide's library folders as <python>. Returns why not, or undefined when it did.
 */
export function pyodideMismatch(snippet: Snippet, run: PyodideRun, siteDir: string): string | undefined {
  if (run.timedOut) return `did not finish within ${snippet.meta.timeout} s`;
  const status = run.status === 130 ? 'stopped' : String(run.status);
  if (run.status !== snippet.meta.exit) return `exited with ${status}, expected ${snippet.meta.exit}`;
  const expected = fs.readFileSync(path.join(snippet.dir, outputFor(snippet.outputs, PYTHON_RANGE.newest, snippet.id).file), 'utf8');
  const output = normaliseOutput(run.output, {repoRoot: siteDir, libraryDirs: PYODIDE_LIBRARY_DIRS});
  return output === expected ? undefined : `printed something else (- the page, + Pyodide):\n${formatDiff(expected, output)}`;
}

/**
 * Whether a snippet runs in Pyodide as its page shows, reliably: `attempts` runs must all match
 * (a program whose output depends on the garbage collector or on timing may match only now and
 * then, and a reader should not be offered a Run that only sometimes agrees). Returns why not.
 */
export async function pyodideVerdict(
  run: (program: Program, timeoutSeconds: number) => Promise<PyodideRun>,
  snippet: Snippet,
  siteDir: string,
  attempts: number,
): Promise<string | undefined> {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const why = pyodideMismatch(snippet, await run(programOf(snippet, siteDir), snippet.meta.timeout), siteDir);
    if (why) return attempt === 1 ? why : `${why} on run ${attempt} of ${attempts} (it matched before: its output is not steady)`;
  }
  return undefined;
}
