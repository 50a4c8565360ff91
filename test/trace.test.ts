// The asyncio tracer (src/trace/asynctrace.py), on every CPython 3.10-3.13 found.
// 1. The programs in test/fixtures/trace/ have known shapes (who runs when, on what each task
//    waits, how it ends); their traces must show those shapes, and times within a tolerance.
// 2. Tracing must not change what a program prints: each fixture prints and exits the same,
//    byte for byte after the usual normalisation, traced and untraced; an asyncio snippet of each
//    chapter that no timeline draws (those are test/traces.test.ts's), traced on the newest
//    interpreter, prints its expected output and exits as its meta.json says.
// Runs go six at a time (mapLimit) in a beforeAll; the its then read their results.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {loadSnippets, snippetsDirOf, type Snippet} from '../src/snippets/catalog';
import {interpretersFor} from '../src/snippets/matrix';
import {normaliseOutput} from '../src/snippets/outputs';
import {mapLimit, mapWithLoneRetry} from '../src/snippets/pool';
import {describeInterpreter, discoverInterpreters, runPython as runPythonIn, type Interpreter} from '../src/snippets/python';
import {compareVersions, newestOfEachMinor} from '../src/snippets/versions';
import {checkTracedRun, timelineFences, traceSnippet, traceTimeout} from '../src/trace/traces';
import type {Trace, TraceTask, Wait} from '../src/trace/types';

const ROOT = path.resolve(__dirname, '..');
const TRACER = path.join(ROOT, 'src/trace/asynctrace.py');
const FIXTURES = path.join(__dirname, 'fixtures/trace');
const RUNS_AT_ONCE = 6;

// One interpreter per minor version (the newest release of it), as the snippet test runs snippets.
const discovery = discoverInterpreters([]);
const usable = newestOfEachMinor(discovery.usable);
const {skipped} = discovery;
const NO_PYTHON = `no CPython 3.10-3.13 found (${skipped.join('; ') || 'nothing on PATH, in ~/.pyenv or at /usr/bin/python3'}): install python3 (apt-get install python3) or list interpreters in SNIPPET_PYTHONS`;

// -- running Python ----------------------------------------------------------------------------

interface Run {
  /** stdout and stderr interleaved, normalised (paths, library folders, addresses). */
  output: string;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
}

/** Runs `python args...` from the site folder as a snippet runs, keeping the signal that ended it. */
async function runPython(interpreter: Interpreter, args: string[], timeoutSeconds: number): Promise<Run> {
  const run = await runPythonIn(interpreter, ROOT, args, timeoutSeconds);
  const output = normaliseOutput(run.output, {repoRoot: ROOT, libraryDirs: interpreter.libraryDirs});
  return {output, exitCode: run.exitCode, signal: run.signal ?? null, timedOut: run.timedOut};
}

interface Pair {
  plain: Run;
  traced: Run;
  /** The parsed trace, or why there is none. */
  trace: Trace | string;
}

/** Runs a program untraced, then traced (one after the other, so they never share the CPU). */
async function runBothWays(interpreter: Interpreter, script: string, timeoutSeconds: number): Promise<Pair> {
  const rel = path.relative(ROOT, script);
  const plain = await runPython(interpreter, [rel], timeoutSeconds);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'trace-json-'));
  const out = path.join(tmp, 'trace.json');
  // The tracer adds a little work to every step: a few seconds more before giving up.
  const traced = await runPython(interpreter, [path.relative(ROOT, TRACER), rel, '--out', out], timeoutSeconds + 5);
  let trace: Trace | string;
  try {
    trace = JSON.parse(fs.readFileSync(out, 'utf8')) as Trace;
  } catch (error) {
    trace = `no readable trace at ${out}: ${(error as Error).message}`;
  }
  fs.rmSync(tmp, {recursive: true, force: true});
  return {plain, traced, trace};
}

function traceOf(pair: Pair): Trace {
  if (typeof pair.trace === 'string') expect.fail(pair.trace);
  expect(pair.trace.tracer_error, 'the tracer hit a bug of its own').toBeUndefined();
  return pair.trace;
}

/** Same output and exit status with and without the tracer. */
function expectSameRun(pair: Pair, what: string): void {
  expect(pair.plain.timedOut, `${what} timed out without the tracer`).toBe(false);
  expect(pair.traced.timedOut, `${what} timed out with the tracer`).toBe(false);
  expect(pair.traced.output, `${what}: the tracer changed what it printed`).toBe(pair.plain.output);
  expect([pair.traced.exitCode, pair.traced.signal], `${what}: the tracer changed its exit status`).toEqual([pair.plain.exitCode, pair.plain.signal]);
}

// -- reading a trace -----------------------------------------------------------------------------

function task(trace: Trace, name: string): TraceTask {
  const found = trace.tasks.find((t) => t.name === name);
  if (!found) expect.fail(`no task "${name}" in the trace; it has: ${trace.tasks.map((t) => t.name).join(', ')}`);
  return found;
}

/** The tasks' steps in the order they ran (by seq), as the list of task names. */
function stepOrder(trace: Trace, names: string[]): string[] {
  return names
    .flatMap((name) => task(trace, name).steps.map((step) => ({name, seq: step.seq})))
    .sort((a, b) => a.seq - b.seq)
    .map((s) => s.name);
}

/** What holds for any trace of a program that runs its loops one at a time. */
function expectWellFormed(trace: Trace, interpreter: Interpreter): void {
  expect([trace.version, trace.python, trace.clock]).toEqual([1, interpreter.version, 'ms']);
  for (const t of trace.tasks) {
    const where = `task "${t.name}"`;
    if (t.steps.length) expect(t.created, `${where} ran before it was created`).toBeLessThanOrEqual(t.steps[0].start);
    t.steps.forEach((step, i) => {
      expect(step.start, `${where} step ${i} ends before it starts`).toBeLessThanOrEqual(step.end);
      const last = i === t.steps.length - 1;
      if (!last || t.outcome === 'pending') expect(step.waits, `${where} step ${i} suspended on nothing`).not.toBeNull();
      else expect(step.waits, `${where}'s last step suspended`).toBeNull();
    });
    if (t.outcome === 'pending') expect(t.end).toBeNull();
    else expect(t.end).toBe(t.steps.at(-1)!.end);
    expect(t.error === undefined, `${where}: error only for failed`).toBe(t.outcome !== 'failed');
  }
  // Steps are numbered 0, 1, 2... in the order they ran, and one loop runs one step at a time:
  // in that order, each starts after the one before ended (times are rounded, so ties are fine).
  const steps = trace.tasks.flatMap((t) => t.steps.map((s) => ({...s, name: t.name}))).sort((a, b) => a.seq - b.seq);
  expect(steps.map((s) => s.seq)).toEqual(steps.map((_, i) => i));
  for (let i = 1; i < steps.length; i++) {
    expect(steps[i].start, `step ${i} ("${steps[i].name}") starts inside step ${i - 1} ("${steps[i - 1].name}")`).toBeGreaterThanOrEqual(steps[i - 1].end);
  }
}

// -- 1. fixtures with known shapes, on every interpreter ---------------------------------------

const FIXTURE_NAMES = ['alternating', 'blocking', 'waits', 'cancel', 'failing', 'runners'] as const;
type FixtureName = (typeof FIXTURE_NAMES)[number];

describe('the tracer', () => {
  it('has interpreters to run on', () => {
    if (usable.length === 0) expect.fail(NO_PYTHON);
    console.log(`Tracing on ${usable.length} interpreters:\n${usable.map((i) => `  ${describeInterpreter(i)}`).join('\n')}`);
  });
});

describe('fixtures with known shapes', () => {
  const pairs = new Map<string, Pair>();
  const key = (interpreter: Interpreter, fixture: FixtureName) => `${interpreter.command}|${fixture}`;
  beforeAll(async () => {
    const jobs = usable.flatMap((interpreter) => FIXTURE_NAMES.map((fixture) => ({interpreter, fixture})));
    const results = await mapLimit(jobs, RUNS_AT_ONCE, (job) => runBothWays(job.interpreter, path.join(FIXTURES, `${job.fixture}.py`), 20));
    jobs.forEach((job, i) => pairs.set(key(job.interpreter, job.fixture), results[i]));
  });

  for (const interpreter of usable) {
    describe(`CPython ${interpreter.version} (${interpreter.command})`, () => {
      /** The fixture's trace, after checking it prints the same traced and is well formed. */
      const traced = (fixture: FixtureName): Trace => {
        const pair = pairs.get(key(interpreter, fixture))!;
        expectSameRun(pair, `${fixture}.py on ${describeInterpreter(interpreter)}`);
        const trace = traceOf(pair);
        expectWellFormed(trace, interpreter);
        return trace;
      };

      it('two tasks that yield with sleep(0) take turns: A, B, A, B', () => {
        const trace = traced('alternating');
        expect(trace.tasks.map((t) => t.name)).toEqual(['Task-1', 'A', 'B']);
        expect(stepOrder(trace, ['A', 'B'])).toEqual(['A', 'B', 'A', 'B', 'A', 'B', 'A', 'B']);
        for (const name of ['A', 'B']) {
          expect(task(trace, name).steps.map((s) => s.waits)).toEqual([{kind: 'yield'}, {kind: 'yield'}, {kind: 'yield'}, null]);
          expect(task(trace, name).outcome).toBe('done');
        }
        // main waits on gather(), a plain future, while A and B run.
        expect(task(trace, 'Task-1').steps.map((s) => s.waits)).toEqual([{kind: 'future'}, null]);
      });

      it('a step that blocks the loop is one long step, and the other task waits across it', () => {
        const trace = traced('blocking');
        const [block] = task(trace, 'blocker').steps;
        expect(task(trace, 'blocker').steps).toHaveLength(1);
        expect(block.end - block.start, 'time.sleep(0.3) inside a step').toBeGreaterThanOrEqual(280);
        const [asleep, woken] = task(trace, 'waiter').steps;
        expect(asleep.waits).toEqual({kind: 'sleep', seconds: 0.05});
        expect(asleep.end).toBeLessThanOrEqual(block.start);
        expect(woken.start, 'its 50 ms sleep could only end after the block').toBeGreaterThanOrEqual(block.end);
        expect(woken.start - asleep.end).toBeGreaterThanOrEqual(280);
      });

      it('tells what each step waited on: sleep, another task, a future, I/O, an event, a thread', () => {
        const trace = traced('waits');
        expect(trace.tasks.map((t) => t.name)).toEqual(['Task-1', 'sleeper', 'parent', 'future-waiter', 'reader', 'event-waiter', 'setter', 'threaded', 'child']);
        const first = (name: string) => task(trace, name).steps[0];
        expect(first('sleeper').waits).toEqual({kind: 'sleep', seconds: 0.2});
        expect(first('parent').waits).toEqual({kind: 'task', name: 'child'});
        expect(first('child').waits).toEqual({kind: 'sleep', seconds: 0.15});
        expect(first('future-waiter').waits, 'a future a timer callback fills is not I/O').toEqual({kind: 'future'});
        expect(first('event-waiter').waits).toEqual({kind: 'future'});
        expect(first('threaded').waits, 'a thread\'s result comes back through call_soon_threadsafe, not I/O').toEqual({kind: 'future'});
        // The reader's wait for a line is the step before its last: the socket's data completes it.
        expect(task(trace, 'reader').steps.at(-2)!.waits).toEqual({kind: 'io'});
        const sleeper = task(trace, 'sleeper').steps;
        expect(sleeper[1].start - sleeper[0].end, 'sleep(0.2), within a busy machine\'s margin').toBeGreaterThanOrEqual(195);
        expect(sleeper[1].start - sleeper[0].end).toBeLessThan(3000);
        expect(task(trace, 'child').created, 'child is made during parent\'s first step').toBeGreaterThanOrEqual(first('parent').start);
        for (const t of trace.tasks) expect(t.outcome, t.name).toBe('done');
      });

      it('a task cancelled in its sleep ends "cancelled"', () => {
        const trace = traced('cancel');
        const victim = task(trace, 'victim');
        expect(victim.outcome).toBe('cancelled');
        expect(victim.steps.map((s) => s.waits)).toEqual([{kind: 'sleep', seconds: 10}, null]);
        expect(victim.end!, 'cancelled after about 50 ms, long before its 10 s').toBeLessThan(5000);
        const main = task(trace, 'Task-1');
        expect(main.steps.map((s) => s.waits)).toEqual([{kind: 'sleep', seconds: 0.05}, {kind: 'task', name: 'victim'}, null]);
        expect(main.outcome).toBe('done');
      });

      it('failed tasks end "failed" with the exception type, and the tracebacks stay the same', () => {
        const pair = pairs.get(key(interpreter, 'failing'))!;
        const trace = traced('failing');
        expect(task(trace, 'boom')).toMatchObject({outcome: 'failed', error: 'ValueError'});
        expect(task(trace, 'ignored')).toMatchObject({outcome: 'failed', error: 'KeyError'});
        expect(task(trace, 'Task-1')).toMatchObject({outcome: 'failed', error: 'LookupError'});
        // Same as untraced (checked above); spelled out, since this is what a wrapper would break.
        expect(pair.traced.exitCode).toBe(1);
        expect(pair.traced.output).toContain('Task exception was never retrieved');
        expect(pair.traced.output).toContain('File "test/fixtures/trace/failing.py", line 12, in ignored');
        expect(pair.traced.output).not.toContain('asynctrace');
        expect(pair.traced.output).not.toContain('runpy');
        expect(pair.traced.output.trimEnd().split('\n').at(-1)).toBe('LookupError: main gives up');
      });

      it('traces asyncio.run and asyncio.Runner (3.11+), with the task names asyncio gave', () => {
        const pair = pairs.get(key(interpreter, 'runners'))!;
        const trace = traced('runners');
        const labels = compareVersions(interpreter.version, '3.11') >= 0 ? ['from-run', 'from-runner-1', 'from-runner-2'] : ['from-run'];
        if (labels.length === 1) expect(pair.traced.output).toContain('no asyncio.Runner before 3.11');
        // Each main printed its own name ("Task-1", ...): the trace has a task by that name,
        // which awaited the job it made.
        const printed = [...pair.traced.output.matchAll(/^(\S+) main task is (\S+)$/gm)].map((m) => [m[1], m[2]]);
        expect(printed.map(([label]) => label)).toEqual(labels);
        for (const [label, mainName] of printed) {
          expect(task(trace, mainName).steps[0].waits).toEqual({kind: 'task', name: label});
          expect(task(trace, label)).toMatchObject({outcome: 'done'});
        }
        expect(trace.tasks.map((t) => t.name)).toEqual(printed.flatMap(([label, mainName]) => [mainName, label]));
      });
    });
  }
});

// -- 2. every asyncio snippet, traced, prints its expected output ------------------------------

// The snippet test has already shown each one prints its expected output untraced, so one traced
// run, compared with that output, is enough. Those a timeline draws are traced, and checked the
// same way, by test/traces.test.ts; of the others, the first asyncio snippet of each chapter's
// folder (a sample across the site's kinds of program: a run of each costs as much as a snippet
// run, and the suite must stay quick as the chapters grow).
describe('tracing does not change what a snippet prints', () => {
  const newest = usable.at(-1);
  const drawn = new Set(timelineFences(ROOT).map((f) => f.file));
  const candidates: Snippet[] = loadSnippets(snippetsDirOf(ROOT)).filter(
    (s) =>
      /^\s*(import asyncio|from asyncio)/m.test(fs.readFileSync(s.absPath, 'utf8')) &&
      !s.meta.needs.includes('aiohttp') &&
      !drawn.has(s.id) &&
      newest !== undefined &&
      interpretersFor(s, [newest]).length > 0,
  );
  const firstOfFolder = new Map<string, Snippet>();
  for (const s of candidates) if (!firstOfFolder.has(path.dirname(s.id))) firstOfFolder.set(path.dirname(s.id), s);
  const snippets = [...firstOfFolder.values()];
  const problems = new Map<string, string[]>();
  beforeAll(async () => {
    // A run that load spoiled is traced again alone, as the snippet test does.
    const found = await mapWithLoneRetry(
      snippets,
      RUNS_AT_ONCE,
      async (s) => checkTracedRun(s, newest!, await traceSnippet(newest!, ROOT, s.id, traceTimeout(s))),
      (list) => list.length > 0,
      (s) => `snippets/${s.id} traced`,
    );
    snippets.forEach((s, i) => problems.set(s.id, found[i]));
  });

  it('has asyncio snippets to trace, one from each chapter that has one', () => {
    if (!newest) expect.fail(NO_PYTHON);
    expect(snippets.length).toBeGreaterThan(10);
  });

  for (const snippet of snippets) {
    it(`snippets/${snippet.id} on CPython ${newest!.version}`, () => {
      expect(problems.get(snippet.id)).toEqual([]);
    });
  }
});
