/**
 * Which snippet runs on which interpreter, and one run with its output normalised. Shared by the
 * snippet test, `npm run snippets:update` and `npm run snippets:soak`. Node only.
 */
import fs from 'node:fs';
import path from 'node:path';
import {aloneOnlyOnCPython} from './aloneOnly';
import type {Snippet} from './catalog';
import {normaliseOutput, outputFor} from './outputs';
import type {RunPool, Track} from './pool';
import {INSTALL_HINTS, WARM_RUNS, describeInterpreter, runSnippet, runSnippetWarm, type Interpreter, type RunResult} from './python';
import {checkRun} from './verify';
import {compareVersions, newestOfEachMinor} from './versions';

/**
 * The interpreters a snippet runs on: new enough, with every module it needs, and one per minor
 * version (the newest release of it that qualifies). Two builds of one minor version print the
 * same (expected outputs are per minor version), so running both would only double the cost: this
 * machine has CPython 3.11 twice, pyenv's and Debian's (the one with aiohttp).
 */
export function interpretersFor(snippet: Snippet, interpreters: Interpreter[]): Interpreter[] {
  const eligible = interpreters.filter(
    (i) => compareVersions(i.version, snippet.meta.minPython) >= 0 && snippet.meta.needs.every((m) => i.modules.includes(m)),
  );
  return newestOfEachMinor(eligible);
}

/** Why a snippet has nowhere to run, and what to install; undefined if it has somewhere. */
export function noInterpreterMessage(snippet: Snippet, interpreters: Interpreter[]): string | undefined {
  if (interpretersFor(snippet, interpreters).length > 0) return undefined;
  const newEnough = interpreters.filter((i) => compareVersions(i.version, snippet.meta.minPython) >= 0);
  if (newEnough.length === 0) {
    return `snippets/${snippet.id} needs CPython ${snippet.meta.minPython} or newer, and none was found. Install one (e.g. with pyenv) or list interpreters in SNIPPET_PYTHONS.`;
  }
  const missing = snippet.meta.needs.filter((m) => !newEnough.some((i) => i.modules.includes(m)));
  const hints = missing.map((m) => `${m}: ${INSTALL_HINTS[m] ?? `install the "${m}" module for one of them`}`);
  return `snippets/${snippet.id} needs ${missing.join(', ')}, which no interpreter found here can import (${newEnough.map(describeInterpreter).join('; ')}). ${hints.join('; ')}`;
}

export interface Run {
  result: RunResult;
  /** stdout+stderr after the documented normalisation. */
  output: string;
}

/**
 * Runs a snippet once. Cold (the default) starts Python afresh, as a reader's `python3 file.py`
 * does: expected outputs are written from cold runs. `warm` forks it from a warm interpreter
 * (runSnippetWarm), which prints the same for less CPU; the checks use it, except for snippets
 * whose meta says `fresh`.
 */
export async function runOn(snippet: Snippet, interpreter: Interpreter, siteDir: string, track?: Track, warm = false): Promise<Run> {
  const run = warm && !snippet.meta.fresh ? runSnippetWarm : runSnippet;
  const result = await run(interpreter, siteDir, snippet.absPath, snippet.meta.timeout, track);
  return {result, output: normaliseOutput(result.output, {repoRoot: siteDir, libraryDirs: interpreter.libraryDirs})};
}

/** What one check of a snippet on one interpreter found. */
export interface Verdict {
  /** Why it fails: both runs went wrong (their messages, each with its output or diff). */
  problem?: string;
  /** It went wrong beside other runs and right alone: right only on a quiet machine. */
  warning?: string;
}

/**
 * Runs a snippet in the pool and compares it with its expected output. A run that differs (or
 * exits otherwise, or overruns its time limit) is run again alone, nothing else of the pool
 * running: it fails only if that run goes wrong too. A pass alone is a warning naming the snippet,
 * since its output then depends on how busy the machine is.
 */
export async function checkSnippet(snippet: Snippet, interpreter: Interpreter, siteDir: string, pool: RunPool): Promise<Verdict> {
  const what = `snippets/${snippet.id} on ${describeInterpreter(interpreter)}`;
  const expected = expectedFor(snippet, interpreter);
  const check = (run: Run) => checkRun({what, meta: snippet.meta, result: run.result, output: run.output, expected});
  const beside = await pool.shared((track) => runOn(snippet, interpreter, siteDir, track, true));
  const besideProblem = check(beside);
  if (!besideProblem) return {};
  const alone = await pool.alone((track) => runOn(snippet, interpreter, siteDir, track, true));
  const aloneProblem = check(alone);
  if (!aloneProblem) {
    return {warning: `${aloneOnlyOnCPython(what)}; beside other runs:\n${besideProblem}`};
  }
  const same = alone.output === beside.output ? ' (the same output both times)' : '';
  const warm = WARM_RUNS && !snippet.meta.fresh
    ? `\n\nBoth runs were forked from a warm interpreter (runSnippetWarm). If \`SNIPPET_WARM=0 npm run snippets:test -- ${path.posix.dirname(snippet.id)}\` passes, the snippet prints something a warm run changes, such as the interpreter's whole call stack: give it {"fresh": true} in its meta.json.`
    : '';
  return {problem: `${aloneProblem}\n\nRun first beside other runs, then again alone; both went wrong${same}. Beside other runs:\n${besideProblem}${warm}`};
}

/** The expected output a run on `interpreter` is compared with. Throws if there is none yet. */
export function expectedFor(snippet: Snippet, interpreter: Interpreter): {file: string; text: string} {
  const chosen = outputFor(snippet.outputs, interpreter.minor, `snippets/${snippet.id}`);
  const rel = `snippets/${path.posix.dirname(snippet.id)}/${chosen.file}`;
  return {file: rel, text: fs.readFileSync(path.join(snippet.dir, chosen.file), 'utf8')};
}
