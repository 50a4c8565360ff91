/**
 * npm run snippets:update [-- 04-coroutines-and-the-loop ...]
 *
 * Runs every snippet (or those whose id starts with one of the arguments) on every interpreter
 * found, and rewrites the expected output files from what they printed. This is the only thing
 * that writes those files; review what it changed with `git diff snippets/`. A run that prints
 * something other than the output already committed is run again alone (nothing else of the pool
 * running) and that run is the one written, so that a busy moment is not written down as a change.
 *
 * Then it runs the same snippets in Pyodide (CPython 3.14 in WebAssembly, as a reader's browser
 * does) and records in src/runnable-snippets.json those that print there what the page shows:
 * the page offers Run under those, and "runs in a terminal" under the others.
 */
import fs from 'node:fs';
import path from 'node:path';
import {loadSnippets, snippetsDirOf, type Snippet} from '../snippets/catalog';
import {expectedFor, interpretersFor, noInterpreterMessage, runOn} from '../snippets/matrix';
import {outputFileName, planOutputs} from '../snippets/outputs';
import {RunPool} from '../snippets/pool';
import {PYODIDE_PROCESSES, PyodidePool} from '../pyodide/pool';
import {pyodideVerdict} from '../pyodide/programs';
import {RUNNABLE_FILE, readRunnable, writeRunnable} from '../snippets/runnable';
import {describeInterpreter, discoverInterpreters, type Interpreter} from '../snippets/python';
import {PYTHON_RANGE, compareVersions} from '../snippets/versions';

const SITE = path.resolve(__dirname, '../..');

async function updateOne(snippet: Snippet, interpreters: ReturnType<typeof discoverInterpreters>['usable'], pool: RunPool): Promise<string[]> {
  const problems: string[] = [];
  const runs = new Map<string, string>();
  const ranOn = new Map<string, string>();
  const eligible = interpretersFor(snippet, interpreters);
  const committed = (i: Interpreter) => (snippet.outputs.length ? expectedFor(snippet, i).text : undefined);
  const results = await Promise.all(
    eligible.map(async (i) => {
      const run = await pool.shared((track) => runOn(snippet, i, SITE, track));
      const unchanged = run.output === committed(i) && run.result.exitCode === snippet.meta.exit && !run.result.timedOut;
      return unchanged ? run : pool.alone((track) => runOn(snippet, i, SITE, track));
    }),
  );
  results.forEach(({result, output}, index) => {
    const interpreter = eligible[index];
    const what = `snippets/${snippet.id} on ${describeInterpreter(interpreter)}`;
    if (result.timedOut) return problems.push(`${what}: over its time limit of ${snippet.meta.timeout} s`);
    if (result.exitCode !== snippet.meta.exit) {
      return problems.push(`${what}: exited with ${result.exitCode}, expected ${snippet.meta.exit}. Output:\n${output}`);
    }
    const earlier = runs.get(interpreter.minor);
    if (earlier !== undefined && earlier !== output) {
      return problems.push(`${what}: printed something else than ${ranOn.get(interpreter.minor)} of the same version; make it deterministic`);
    }
    runs.set(interpreter.minor, output);
    ranOn.set(interpreter.minor, interpreter.command);
  });
  if (problems.length) return problems;

  const existing = new Map<string, string>();
  for (const o of snippet.outputs) existing.set(o.since ?? snippet.meta.minPython, fs.readFileSync(path.join(snippet.dir, o.file), 'utf8'));
  const plan = planOutputs(existing, runs, snippet.meta.minPython);
  const wanted = new Map([...plan].map(([v, text]) => [outputFileName(snippet.name, v === snippet.meta.minPython ? undefined : v), text]));
  for (const [file, text] of wanted) {
    const target = path.join(snippet.dir, file);
    if (!fs.existsSync(target) || fs.readFileSync(target, 'utf8') !== text) {
      fs.writeFileSync(target, text);
      console.log(`wrote   snippets/${path.posix.dirname(snippet.id)}/${file}`);
    }
  }
  for (const o of snippet.outputs) {
    if (!wanted.has(o.file)) {
      fs.rmSync(path.join(snippet.dir, o.file));
      console.log(`removed snippets/${path.posix.dirname(snippet.id)}/${o.file} (same as the output before it)`);
    }
  }
  return [];
}

/** Runs the snippets in Pyodide and records which print what their page shows. */
async function updateRunnable(snippets: Snippet[]): Promise<void> {
  const pool = new PyodidePool({size: PYODIDE_PROCESSES, jspi: true});
  const listed = readRunnable(SITE);
  try {
    // Twice: a snippet that matches only now and then is not offered a Run.
    const verdicts = await Promise.all(snippets.map((s) => pyodideVerdict((p, t) => pool.run(p, t), s, SITE, 2)));
    snippets.forEach((s, i) => {
      const runs = verdicts[i] === undefined;
      if (runs !== listed.has(s.id)) console.log(`${runs ? 'runnable' : 'not runnable'} in the browser: snippets/${s.id}${runs ? '' : ` (in Pyodide it ${verdicts[i]})`}`);
      if (runs) listed.add(s.id);
      else listed.delete(s.id);
    });
  } finally {
    await pool.close();
  }
  // Snippets that are gone are not runnable either.
  const all = new Set(loadSnippets(snippetsDirOf(SITE)).map((s) => s.id));
  for (const id of listed) if (!all.has(id)) listed.delete(id);
  writeRunnable(SITE, listed);
  console.log(`${listed.size} of ${all.size} snippets run in the browser (${RUNNABLE_FILE})`);
}

async function main(): Promise<void> {
  const filters = process.argv.slice(2);
  const snippets = loadSnippets(snippetsDirOf(SITE)).filter((s) => !filters.length || filters.some((f) => s.id.startsWith(f)));
  const {usable, skipped} = discoverInterpreters([...new Set(snippets.flatMap((s) => s.meta.needs))]);
  console.log(`Interpreters:\n${usable.map((i) => `  ${describeInterpreter(i)}`).join('\n')}`);
  for (const s of skipped) console.log(`  not used: ${s}`);
  const minors = new Set(usable.map((i) => i.minor));
  for (let m = Number(PYTHON_RANGE.oldest.split('.')[1]); m <= Number(PYTHON_RANGE.newest.split('.')[1]); m++) {
    if (!minors.has(`3.${m}`)) console.log(`  warning: no CPython 3.${m} here; its output files are left as they are`);
  }
  const problems: string[] = [];
  for (const snippet of snippets) {
    const missing = noInterpreterMessage(snippet, usable);
    if (missing) problems.push(missing);
  }
  const runnable = snippets.filter((s) => !noInterpreterMessage(s, usable));
  const pool = RunPool.forThisMachine();
  for (const list of await Promise.all(runnable.map((s) => updateOne(s, usable, pool)))) problems.push(...list);
  console.log(`${runnable.length} snippets run on ${usable.length} interpreters (${[...minors].sort(compareVersions).join(', ')}).`);
  if (problems.length === 0) await updateRunnable(snippets);
  if (problems.length) {
    console.error(`\n${problems.length} problem(s); their outputs were not written:\n\n${problems.join('\n\n')}`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
