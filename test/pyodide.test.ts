// Snippets in Pyodide (CPython 3.14 compiled to WebAssembly), run by the same session code a
// reader's browser runs (src/pyodide/session.ts and runner.py), in Node processes that each hold
// a Pyodide: with WebAssembly stack switching (JSPI), as in Chromium, every snippet; without it,
// as in Firefox and Safari today, a sample. A snippet is runnable (the page offers Run under it)
// exactly when Pyodide prints what the page shows: src/runnable-snippets.json must say so.
import fs from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {aloneOnlyInPyodide} from '../src/snippets/aloneOnly';
import {loadSnippets, snippetsDirOf, type Snippet} from '../src/snippets/catalog';
import {PYODIDE_PROCESSES, PyodidePool, type PyodideRun} from '../src/pyodide/pool';
import {programOf, pyodideVerdict} from '../src/pyodide/programs';
import {RUNNABLE_FILE, readRunnable} from '../src/snippets/runnable';
import type {Program} from '../src/pyodide/session';
import {compareOutputs} from '../src/pyodide/verdict';

const SITE = path.resolve(__dirname, '..');
const snippets = loadSnippets(snippetsDirOf(SITE));
const runnable = readRunnable(SITE);
const UPDATE = 'run "npm run snippets:update -- <id>" and review the change to src/runnable-snippets.json';

/**
 * Runs each snippet as the list would have it judged, giving each the benefit of a second run: a
 * listed one fails only if it goes wrong twice, an unlisted one is taken to run only if it
 * matches twice (snippets:update lists one only when it matched twice). As for CPython snippets
 * (test/snippets.test.ts), the second run of a listed snippet that went wrong is made alone, once
 * every first run has ended, so that a busy moment cannot fail it twice; its first failure is kept
 * in the message if the lone run fails too.
 */
async function verdicts(pool: PyodidePool, list: Snippet[]): Promise<Map<string, string | undefined>> {
  const results = new Map<string, string | undefined>();
  const run = (program: Program, timeout: number) => pool.run(program, timeout);
  await Promise.all(list.map(async (snippet) => results.set(snippet.id, await pyodideVerdict(run, snippet, SITE, runnable.has(snippet.id) ? 1 : 2))));
  for (const snippet of list) {
    const first = results.get(snippet.id);
    if (!first || !runnable.has(snippet.id)) continue;
    const alone = await pyodideVerdict(run, snippet, SITE, 1);
    results.set(snippet.id, alone && `${alone} (run again alone; beside other runs it ${first})`);
    if (!alone) console.warn(`${aloneOnlyInPyodide(snippet.id)} (beside other runs it ${first})`);
  }
  return results;
}

// One set of Pyodide processes for everything that runs with JSPI: each costs 3-5 CPU-seconds to start.
const pool = new PyodidePool({size: PYODIDE_PROCESSES, jspi: true});
afterAll(() => pool.close());

describe('every snippet in Pyodide, with JSPI (as in Chromium)', () => {
  let found = new Map<string, string | undefined>();
  beforeAll(async () => {
    found = await verdicts(pool, snippets);
  });

  it(`runs as ${RUNNABLE_FILE} says: the listed ones print what their page shows, the others do not`, () => {
    const wrong = snippets.flatMap((s) => {
      const runs = found.get(s.id) === undefined;
      if (runs === runnable.has(s.id)) return [];
      return [runs ? `snippets/${s.id} now runs in Pyodide as the page shows, but is not listed` : `snippets/${s.id} is listed, but in Pyodide it ${found.get(s.id)}`];
    });
    expect(wrong, UPDATE).toEqual([]);
  });

  it('lists no snippet that does not exist, and finds most of them runnable', () => {
    const ids = new Set(snippets.map((s) => s.id));
    expect([...runnable].filter((id) => !ids.has(id))).toEqual([]);
    // Threads, sockets and processes do not run in a browser; nearly everything else does.
    expect(runnable.size).toBeGreaterThan(snippets.length / 2);
  });
});

describe('snippets in Pyodide without JSPI (as in Firefox and Safari): waits busy-wait, output the same', () => {
  // A sample of what waits in different ways, kept short (a busy wait keeps a core busy): tasks
  // taking turns, gather, a TaskGroup cancelling, a timeout, time.sleep blocking the loop.
  const SAMPLE = [
    '10-tasks-and-futures/create_task_runs_soon.py',
    '11-running-many-at-once/gather_keeps_argument_order.py',
    '12-when-tasks-fail/taskgroup_cancels_the_rest.py',
    '13-cancellation-and-timeouts/timeout_cuts_slow_download.py',
    '03-preemptive-vs-cooperative/greedy_task_broken.py',
  ];
  const busyWaiting = new PyodidePool({size: 1, jspi: false});
  afterAll(() => busyWaiting.close());

  it('prints what the page shows for each, as it does with JSPI', async () => {
    const sample = SAMPLE.map((id) => snippets.find((s) => s.id === id)!);
    expect(sample.every((s) => s && runnable.has(s.id)), 'every sample snippet exists and is runnable').toBe(true);
    const found = await verdicts(busyWaiting, sample);
    expect([...found].filter(([, why]) => why).map(([id, why]) => `snippets/${id}: ${why}`)).toEqual([]);
  });
});

describe('a run in Pyodide', () => {
  const run = (source: string, modules?: Record<string, string>): Promise<PyodideRun> =>
    pool.run({filename: 'snippets/99-demo/prog.py', source, modules}, 20);

  it('starts afresh: task names from Task-1, no state left by the run before', async () => {
    const program = 'import asyncio, tracemalloc, warnings\nasync def main():\n    print(asyncio.current_task().get_name(), tracemalloc.is_tracing(), len(warnings.filters))\n    tracemalloc.start()\n    warnings.simplefilter("ignore")\nasyncio.run(main())\n';
    const first = await run(program);
    const second = await run(program);
    expect(first.output).toMatch(/^Task-1 False \d+\n$/);
    expect(second.output).toBe(first.output);
  });

  it("collects a program's garbage at its end: a finalizer's complaint is its output, not the next run's", async () => {
    const leaky = 'class Leaky:\n    def __del__(self):\n        raise RuntimeError("left behind")\n\nleaky = Leaky()\nleaky.itself = leaky\ndel leaky\nprint("first")\n';
    const first = await run(leaky);
    const second = await run('import gc\ngc.collect()\nprint("second")\n');
    expect(first.output).toMatch(/^first\nException ignored while calling deallocator <function Leaky.__del__ at 0x[0-9a-f]+>:\n[^]*RuntimeError: left behind\n$/);
    expect(second.output).toBe('second\n');
  });

  it('imports the files beside the program, fresh each run', async () => {
    const one = await run('import helper\nprint(helper.VALUE)\n', {'snippets/99-demo/helper.py': 'VALUE = 1\n'});
    const two = await run('import helper\nprint(helper.VALUE)\n', {'snippets/99-demo/helper.py': 'VALUE = 2\n'});
    expect([one.output, two.output]).toEqual(['1\n', '2\n']);
  });

  it('prints a traceback as CPython does: the program\'s file and line, no runner frames', async () => {
    const failed = await run('def f():\n    raise ValueError("on purpose")\n\nf()\n');
    expect(failed.status).toBe(1);
    expect(failed.output).toContain('File "snippets/99-demo/prog.py", line 4, in <module>\n    f()');
    expect(failed.output.trimEnd().split('\n').at(-1)).toBe('ValueError: on purpose');
    expect(failed.output).not.toMatch(/runner|exec/);
  });
});

describe('compareOutputs (what the page tells a reader after a run)', () => {
  it('finds the same output after the pages\' normalisation (library paths, addresses)', () => {
    expect(compareOutputs('File "/lib/python314.zip/asyncio/x.py"\n<T at 0x12ab3f0>\n', 'File "<python>/asyncio/x.py"\n<T at 0x...>\n')).toBe('same');
  });

  it('tells output that differs only in its numbers (timings on a slow device) from other differences', () => {
    expect(compareOutputs('took 3 s\n', 'took 1 s\n')).toBe('numbers');
    expect(compareOutputs('b then a\n', 'a then b\n')).toBe('different');
    expect(compareOutputs('took 1 s\nand more\n', 'took 1 s\n')).toBe('different');
  });
});

describe('a traced run in Pyodide (the reader\'s own timeline)', () => {
  it('records the tasks of the greedy snippet as the tracer does on CPython: the greedy task in one step', async () => {
    const snippet = snippets.find((s) => s.id === '03-preemptive-vs-cooperative/greedy_task_broken.py')!;
    const run = await pool.run(programOf(snippet, SITE), snippet.meta.timeout, {trace: true});
    expect(run.status).toBe(0);
    const trace = run.trace!;
    expect(trace.tracer_error).toBeUndefined();
    expect(trace.python).toMatch(/^3\.14\./);
    expect(trace.tasks.map((t) => t.name)).toEqual(['Task-1', 'Task-2', 'Task-3', 'Task-4']);
    expect(trace.tasks[3].steps).toHaveLength(1);
    expect(trace.tasks.every((t) => t.outcome === 'done')).toBe(true);
  });
});
