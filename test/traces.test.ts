// The committed traces behind the pages' timelines (src/trace/traces.ts).
// 1. compareTraces, formatTrace and timelineFences on small crafted inputs.
// 2. End to end on a real snippet: a trace, a second trace that matches it, and
//    `npm run traces:update` in a scratch site (written, kept, orphans refused, --prune).
// 3. The real site: every ```timeline file=...``` fence has its snippets/X/name.trace.json, and a
//    fresh trace on the same Python version matches it, printing the snippet's expected output;
//    every .trace.json is named by some fence.
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {findSnippet, snippetsDirOf, type Snippet} from '../src/snippets/catalog';
import {DEFAULT_META} from '../src/snippets/meta';
import {mapWithLoneRetry} from '../src/snippets/pool';
import {discoverInterpreters, type Interpreter} from '../src/snippets/python';
import {
  checkTracedRun,
  compareTraces,
  formatTrace,
  orphanTraces,
  recordedInterpreter,
  timelineFences,
  timesMatch,
  traceFileOf,
  traceFilesIn,
  traceSnippet,
  traceTimeout,
  tracingInterpreter,
  type TimelineFence,
  type Trace,
  type TraceTask,
  type Wait,
} from '../src/trace/traces';

const ROOT = path.resolve(__dirname, '..');
const FIXTURES = path.join(__dirname, 'fixtures/traces');
const RUNS_AT_ONCE = 4;
/** A fresh trace that differs is traced again, up to this many runs in all: a real change
 *  differs every time, a moment of load on a busy machine rarely twice in a row. */
const ATTEMPTS = 3;
const GREEDY = '03-preemptive-vs-cooperative/greedy_task_broken.py';

// -- crafted traces -------------------------------------------------------------------------------

type StepSpec = [seq: number, start: number, end: number, waits: Wait | null];

function task(name: string, created: number, steps: StepSpec[], outcome: TraceTask['outcome'] = 'done', error?: string): TraceTask {
  const t: TraceTask = {
    name,
    created,
    steps: steps.map(([seq, start, end, waits]) => ({seq, start, end, waits})),
    end: outcome === 'pending' ? null : steps.at(-1)![2],
    outcome,
  };
  if (error) t.error = error;
  return t;
}

const yieldW: Wait = {kind: 'yield'};
const future: Wait = {kind: 'future'};
const sleep = (seconds: number): Wait => ({kind: 'sleep', seconds});

/**
 * main gathers A and B; they take turns with sleep(0), then A sleeps 1 s and B waits for A:
 * run order Task-1, A, B, A, B, A, B, Task-1.
 */
function base(): Trace {
  return {
    version: 1,
    python: '3.12.1',
    clock: 'ms',
    tasks: [
      task('Task-1', 0, [[0, 0.1, 0.2, future], [7, 1001.0, 1001.1, null]]),
      task('A', 0.1, [[1, 0.3, 0.3, yieldW], [3, 0.5, 0.5, sleep(1)], [5, 1000.6, 1000.7, null]]),
      task('B', 0.1, [[2, 0.4, 0.4, yieldW], [4, 0.6, 0.6, {kind: 'task', name: 'A'}], [6, 1000.8, 1000.9, null]]),
    ],
  };
}

/** A copy of the base trace, changed by `edit`. */
function changed(edit: (t: Trace) => void): Trace {
  const t = base();
  edit(t);
  return t;
}

/** Moves every time at or after `from` later by `ms` (what a block or a longer wait does). */
function shiftFrom(t: Trace, from: number, ms: number): void {
  const at = (x: number) => (x >= from ? Math.round((x + ms) * 10) / 10 : x);
  for (const k of t.tasks) {
    k.created = at(k.created);
    for (const s of k.steps) [s.start, s.end] = [at(s.start), at(s.end)];
    if (k.end !== null) k.end = at(k.end);
  }
}

describe('compareTraces', () => {
  it('finds nothing between a trace and its copy', () => {
    expect(compareTraces(base(), base())).toEqual([]);
  });

  it('accepts times within the tolerance: late wake-ups, a slower step of CPU work', () => {
    const fresh = changed((t) => {
      shiftFrom(t, 0.51, 30); // A's step before its sleep ran 30 ms (CPU work on a busy machine)...
      t.tasks[1].steps[1].end = 30.5;
      shiftFrom(t, 1000, 45); // ...and every step after the 1 s sleep woke 45 ms late
    });
    expect(compareTraces(base(), fresh)).toEqual([]);
    expect(compareTraces(fresh, base()), 'either way round').toEqual([]);
  });

  it('finds a 300 ms block that appeared, or disappeared', () => {
    // A blocks the loop 300 ms (time.sleep(0.3)) in the step before its sleep; all that follows is late.
    const blocked = changed((t) => {
      shiftFrom(t, 0.51, 300);
      t.tasks[1].steps[1].end = 300.5;
    });
    const differences = compareTraces(base(), blocked);
    expect(differences.some((d) => d.startsWith("task 'A' step 1 (seq 3): ran for 0 ms, now 300 ms (more than 60 ms + 50% of the longer apart"))).toBe(true);
    expect(differences.some((d) => d.startsWith("task 'B' step 1 (seq 4): started 0.2 ms after step 0 ended"))).toBe(true);
    expect(compareTraces(blocked, base()).some((d) => d.startsWith("task 'A' step 1 (seq 3): ran for 300 ms, now 0 ms"))).toBe(true);
  });

  /** A run that is mostly CPU work: G crunches 30 ms in one step while H waits on yield. */
  const cpuBound = (factor: number): Trace => ({
    version: 1,
    python: '3.12.1',
    clock: 'ms',
    tasks: [
      task('G', 0, [[0, 0.1, 30 * factor, null]]),
      task('H', 0, [[1, 30 * factor + 0.1, 30 * factor + 0.2, yieldW], [2, 30 * factor + 0.3, 30 * factor + 0.4, null]]),
    ],
  });

  it('accepts a run of CPU work that a busy machine stretched as a whole (7.6 times, as measured)', () => {
    expect(compareTraces(cpuBound(1), cpuBound(7.6))).toEqual([]);
    // Not the other way round: a busy machine only slows a run down, and traces are recorded on
    // a quiet one (npm run traces:update), so a run 7.6 times faster than its trace is a change.
    expect(compareTraces(cpuBound(7.6), cpuBound(1))).not.toEqual([]);
  });

  it('does not stretch the times of a run that mostly waits', () => {
    // The base run sleeps 1 s; made 3 times as long, it is a change, not a busy machine.
    const slower = changed((t) => shiftFrom(t, 1000, 2000));
    expect(compareTraces(base(), slower)).not.toEqual([]);
  });

  it('still finds a 300 ms block in a short step of a run of CPU work', () => {
    const blocked = cpuBound(1);
    blocked.tasks[1].steps[0].end += 300;
    blocked.tasks[1].steps[1].start += 300;
    blocked.tasks[1].steps[1].end += 300;
    const differences = compareTraces(cpuBound(1), blocked);
    expect(differences.some((d) => d.startsWith("task 'H' step 0 (seq 1): ran for 0.1 ms, now 300.1 ms"))).toBe(true);
  });

  it('finds a 1 s sleep that became 0.1 s', () => {
    const shorter = changed((t) => {
      t.tasks[1].steps[1].waits = sleep(0.1);
      shiftFrom(t, 1000, -900);
    });
    expect(compareTraces(base(), shorter)).toEqual([
      "task 'Task-1' step 1 (seq 7): started 1000.8 ms after step 0 ended (waiting on a future), now 100.8 ms (more than 60 ms + 50% of the longer apart)",
      "task 'A' step 1 (seq 3): waited on sleep 1 s, now sleep 0.1 s",
      "task 'A' step 2 (seq 5): started 1000.1 ms after step 1 ended (waiting on sleep 1 s), now 100.1 ms (more than 60 ms + 50% of the longer apart)",
      "task 'B' step 2 (seq 6): started 1000.2 ms after step 1 ended (waiting on task 'A'), now 100.2 ms (more than 60 ms + 50% of the longer apart)",
    ]);
  });

  it('finds steps that ran in another order', () => {
    // B's first step ran before A's: the loop took them in another order.
    const swapped = changed((t) => {
      t.tasks[1].steps[0].seq = 2;
      t.tasks[2].steps[0].seq = 1;
    });
    expect(compareTraces(base(), swapped)).toEqual([
      "the steps ran in another order from task 'A' step 0 (seq 1) on: then A, B, A, B, A, B, Task-1; now B, A, A, B, A, B, Task-1",
    ]);
  });

  it('lets steps woken by futures finishing together come in either order (threads, I/O)', () => {
    // Three tasks each wait on a worker thread's future; the threads finish a few ms apart, in
    // an order the OS decides. The loop's own turn-taking is not involved.
    const threads = (order: string[]): Trace => {
      const wake = (name: string) => 1000 + order.indexOf(name) * 3;
      return {
        version: 1,
        python: '3.13.0',
        clock: 'ms',
        tasks: [
          task('Task-1', 0, [[0, 0.1, 0.2, future], [7, 1010, 1010.1, null]]),
          ...['X', 'Y', 'Z'].map((name, i) => task(name, 0.1, [[1 + i, 1 + i, 1.5 + i, future], [4 + order.indexOf(name), wake(name), wake(name) + 0.1, null]])),
        ],
      };
    };
    expect(compareTraces(threads(['X', 'Y', 'Z']), threads(['Z', 'X', 'Y']))).toEqual([]);
  });

  it('finds a wait of another kind', () => {
    const otherKind = changed((t) => {
      t.tasks[1].steps[1].waits = future;
    });
    expect(compareTraces(base(), otherKind)).toEqual(["task 'A' step 1 (seq 3): waited on sleep 1 s, now a future"]);
    const otherTask = changed((t) => {
      t.tasks[2].steps[1].waits = {kind: 'task', name: 'Task-1'};
    });
    expect(compareTraces(base(), otherTask)).toEqual(["task 'B' step 1 (seq 4): waited on task 'A', now task 'Task-1'"]);
  });

  it('finds a renamed, an added or a missing task', () => {
    const renamed = changed((t) => {
      t.tasks[2].name = 'C';
    });
    expect(compareTraces(base(), renamed)).toEqual(["task 3 of 3 was 'B', now 'C'"]);
    const fewer = changed((t) => {
      t.tasks.pop();
    });
    expect(compareTraces(base(), fewer)).toEqual(['the run had 3 tasks (Task-1, A, B), now 2 (Task-1, A)']);
  });

  it('finds another outcome, another error, another number of steps', () => {
    const failed = changed((t) => {
      Object.assign(t.tasks[1], {outcome: 'failed', error: 'ValueError'});
    });
    expect(compareTraces(base(), failed)).toEqual(["task 'A': ended done, now failed (ValueError)"]);
    const otherError = changed((t) => {
      Object.assign(t.tasks[1], {outcome: 'failed', error: 'KeyError'});
    });
    expect(compareTraces(failed, otherError)).toEqual(["task 'A': ended failed (ValueError), now failed (KeyError)"]);
    const moreSteps = changed((t) => {
      t.tasks[0].steps.push({seq: 8, start: 1001.2, end: 1001.3, waits: null});
      t.tasks[0].steps[1].waits = yieldW;
    });
    expect(compareTraces(base(), moreSteps)).toEqual(["task 'Task-1': ran 2 steps, now 3"]);
  });

  it('finds a trace of another Python version, and a tracer bug', () => {
    const other = changed((t) => {
      t.python = '3.13.0';
      t.tracer_error = 'KeyError: x';
    });
    expect(compareTraces(base(), other)).toEqual([
      'the tracer hit a bug of its own: KeyError: x',
      'recorded with CPython 3.12.1, traced now with CPython 3.13.0: compare traces of the same version',
    ]);
    expect(compareTraces(base(), changed((t) => (t.python = '3.12.9'))), 'another patch release is the same version').toEqual([]);
  });

  it('has a tolerance of 60 ms + 50% of the longer interval', () => {
    expect([timesMatch(0, 120), timesMatch(0, 121)]).toEqual([true, false]);
    expect([timesMatch(64, 248), timesMatch(64, 249)], 'a 64 ms CPU step may take up to 248 ms').toEqual([true, false]);
    expect(timesMatch(1000, 100), 'a 1 s sleep that became 0.1 s').toBe(false);
    expect(timesMatch(0, 300), 'a 300 ms block').toBe(false);
  });
});

// -- formatTrace --------------------------------------------------------------------------------------

describe('formatTrace', () => {
  const trace = changed((t) => {
    t.tracer_error = 'oops';
    Object.assign(t.tasks[2], {outcome: 'failed', error: 'ValueError'});
    t.tasks.push(task('never-ran', 1001, [], 'pending'));
  });
  const text = formatTrace(trace);

  it('round-trips through JSON.parse to the same object', () => {
    expect(JSON.parse(text)).toEqual(trace);
  });

  it('writes one step per line, one task per block, keys in a fixed order, and a final newline', () => {
    const lines = text.split('\n');
    const stepLines = lines.filter((line) => line.includes('"seq"'));
    expect(stepLines).toHaveLength(trace.tasks.reduce((n, t) => n + t.steps.length, 0));
    expect(stepLines).toContain('        {"seq": 3, "start": 0.5, "end": 0.5, "waits": {"kind": "sleep", "seconds": 1}},');
    expect(stepLines).toContain('        {"seq": 5, "start": 1000.6, "end": 1000.7, "waits": null}');
    expect(lines.slice(0, 6)).toEqual(['{', '  "version": 1,', '  "python": "3.12.1",', '  "clock": "ms",', '  "tracer_error": "oops",', '  "tasks": [']);
    expect(lines.filter((line) => line === '    {')).toHaveLength(trace.tasks.length);
    expect(text).toContain('      "name": "B",\n      "created": 0.1,\n      "end": 1000.9,\n      "outcome": "failed",\n      "error": "ValueError",\n      "steps": [\n');
    expect(text).toContain('      "outcome": "pending",\n      "steps": []\n    }\n  ]\n}\n');
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('gives the same text whatever order the keys came in', () => {
    // JSON.stringify with a list of keys writes them in that order.
    const keys = ['tasks', 'clock', 'python', 'version', 'tracer_error', 'steps', 'outcome', 'error', 'end', 'created', 'name', 'waits', 'seconds', 'kind', 'seq', 'start'];
    const shuffled = JSON.parse(JSON.stringify(trace, keys)) as Trace;
    expect(Object.keys(shuffled)[0]).toBe('tasks');
    expect(formatTrace(shuffled)).toBe(text);
  });
});

// -- fences and trace files --------------------------------------------------------------------------

describe('timelineFences, traceFileOf, orphanTraces', () => {
  const site = path.join(FIXTURES, 'site');

  it('finds the timeline fences of docs/ and blog/ pages, with their page and line', () => {
    expect(timelineFences(site)).toEqual<TimelineFence[]>([
      {page: 'blog/2026-01-01-post.mdx', line: 5, file: 'blog-demo/post.py'},
      {page: 'docs/01-demo.mdx', line: 10, file: '01-demo/shown.py'},
      {page: 'docs/01-demo.mdx', line: 20, file: '01-demo/other.py'},
      // Docusaurus reads .md as MDX, where indenting does not make code: this fence is drawn.
      {page: 'docs/part/02-nested.md', line: 3, file: 'indented/as-code.py'},
      {page: 'docs/part/02-nested.md', line: 11, file: '01-demo/shown.py'},
    ]);
  });

  it('refuses a timeline fence without file=, naming the page and line', () => {
    expect(() => timelineFences(path.join(FIXTURES, 'no-file'))).toThrow('docs/page.mdx:5: a timeline fence names its snippet: ```timeline file=NN-slug/name.py');
  });

  it('puts a trace beside its snippet, and finds the ones no fence names', () => {
    const snippets = path.join(site, 'snippets');
    expect(traceFileOf(snippets, '01-demo/shown.py')).toBe(path.join(snippets, '01-demo/shown.trace.json'));
    expect(() => traceFileOf(snippets, '01-demo/shown.txt')).toThrow('a timeline traces a Python snippet');
    expect(traceFilesIn(snippets)).toEqual(['01-demo/left_behind.trace.json', '01-demo/shown.trace.json']);
    expect(orphanTraces(snippets, timelineFences(site))).toEqual(['01-demo/left_behind.trace.json']);
  });
});

// -- which interpreter -------------------------------------------------------------------------------

describe('the interpreter that traces', () => {
  const fake = (version: string): Interpreter => ({command: `/py/${version}`, version, minor: version.split('.').slice(0, 2).join('.'), libraryDirs: [], modules: []});
  const snippet = {id: '01-x/a.py', meta: {...DEFAULT_META, minPython: '3.11'}} as Snippet;
  const usable = [fake('3.10.13'), fake('3.11.2'), fake('3.11.7'), fake('3.13.0')];

  it('records with the newest one that can run the snippet', () => {
    expect(tracingInterpreter(snippet, usable)).toMatchObject({version: '3.13.0'});
    expect(tracingInterpreter(snippet, [fake('3.10.13')])).toContain('needs CPython 3.11 or newer');
  });

  it('checks with one of the recorded major.minor, or says what to install', () => {
    expect(recordedInterpreter(snippet, usable, '3.11.4')).toMatchObject({version: '3.11.7'});
    const missing = recordedInterpreter(snippet, usable, '3.12.1');
    expect(missing).toContain('snippets/01-x/a.trace.json was recorded with CPython 3.12.1, and no CPython 3.12');
    expect(missing).toContain('Install CPython 3.12');
    expect(missing).toContain('npm run traces:update -- 01-x/a.py');
  });
});

// -- real runs ---------------------------------------------------------------------------------------

const {usable, skipped} = discoverInterpreters(['aiohttp']);
const NO_PYTHON = `no CPython 3.10-3.13 found (${skipped.join('; ') || 'nothing on PATH, in ~/.pyenv or at /usr/bin/python3'}): install python3 (apt-get install python3) or list interpreters in SNIPPET_PYTHONS`;

interface Check {
  /** Output, exit status or tracer problems of the last run: not a matter of timing. */
  runProblems: string[];
  /** What differed from the committed trace in each run (the last run's list is last). */
  differences: string[][];
}

/**
 * Traces the snippet until a run matches `committed` (at most ATTEMPTS runs). A committed trace is
 * recorded on a quiet machine, so only the fresh run may have been slowed as a whole (cpuStretch).
 * With `eitherSlowed`, `committed` is itself a run made during the tests, which may have been the
 * slowed one: a run then matches when it matches either way round.
 */
async function traceAndCompare(snippet: Snippet, interpreter: Interpreter, siteDir: string, committed: Trace, {eitherSlowed = false} = {}): Promise<Check> {
  const differences: string[][] = [];
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const run = await traceSnippet(interpreter, siteDir, snippet.id, traceTimeout(snippet));
    const runProblems = checkTracedRun(snippet, interpreter, run);
    if (runProblems.length || !run.trace) return {runProblems, differences};
    const found = compareTraces(committed, run.trace);
    differences.push(found.length && eitherSlowed && compareTraces(run.trace, committed).length === 0 ? [] : found);
    if (differences.at(-1)!.length === 0) break;
  }
  return {runProblems: [], differences};
}

function differenceMessage(file: string, differences: string[][]): string {
  return (
    `snippets/${file.replace(/\.py$/, '.trace.json')} is stale: ${differences.length} fresh trace(s) differ from it; the last one:\n  ` +
    `${differences.at(-1)!.join('\n  ')}\nIf the change is meant, run "npm run traces:update -- ${file}" and review the JSON diff.`
  );
}

describe('a real snippet, end to end', () => {
  const snippet = findSnippet(snippetsDirOf(ROOT), GREEDY, 'test');
  const interpreter = tracingInterpreter(snippet, usable);
  let first: Awaited<ReturnType<typeof traceSnippet>> | undefined;
  let scratch = '';
  afterAll(() => {
    if (scratch) fs.rmSync(scratch, {recursive: true, force: true});
  });

  it('traces it: its expected output, its exit status, and a trace of its tasks', async () => {
    if (usable.length === 0) expect.fail(NO_PYTHON);
    if (typeof interpreter === 'string') expect.fail(interpreter);
    first = await traceSnippet(interpreter, ROOT, GREEDY, traceTimeout(snippet));
    expect(checkTracedRun(snippet, interpreter, first)).toEqual([]);
    const trace = first.trace!;
    expect(trace.python).toBe(interpreter.version);
    expect(trace.tasks.map((t) => t.name)).toEqual(['Task-1', 'Task-2', 'Task-3', 'Task-4']);
    // greedy (Task-4) runs its whole loop in one step; the heartbeats' other steps come after it.
    expect(trace.tasks[3].steps).toHaveLength(1);
    expect(JSON.parse(formatTrace(trace))).toEqual(trace);
  });

  it('a second trace of it matches the first', async () => {
    if (!first?.trace || typeof interpreter === 'string') expect.fail('no first trace (see the test before)');
    // The first run may have been the slowed one: it ran as the other tests started.
    const check = await traceAndCompare(snippet, interpreter, ROOT, first.trace, {eitherSlowed: true});
    expect(check.runProblems).toEqual([]);
    expect(check.differences.at(-1), differenceMessage(GREEDY, check.differences)).toEqual([]);
  });

  it('npm run traces:update writes its trace in a scratch site, keeps it when it matches, and refuses orphans', async () => {
    if (typeof interpreter === 'string') expect.fail(interpreter);
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'traces-site-'));
    fs.mkdirSync(path.join(scratch, 'docs'));
    // The chapter's snippets without their committed traces: the scratch page names only one.
    fs.cpSync(path.join(ROOT, 'snippets', path.dirname(GREEDY)), path.join(scratch, 'snippets', path.dirname(GREEDY)), {
      recursive: true,
      filter: (source) => !source.endsWith('.trace.json'),
    });
    fs.writeFileSync(path.join(scratch, 'docs/03-page.mdx'), `---\ntitle: Scratch\n---\n\n\`\`\`timeline file=${GREEDY}\n\`\`\`\n`);
    const orphan = path.join(scratch, 'snippets', path.dirname(GREEDY), 'gone.trace.json');
    fs.writeFileSync(orphan, '{}\n');
    const traceFile = traceFileOf(path.join(scratch, 'snippets'), GREEDY);

    const once = await runScript(['--site', scratch]);
    expect(once.output).toContain(`wrote   snippets/${GREEDY.replace(/\.py$/, '.trace.json')} (new, CPython ${interpreter.version}: 4 tasks, 11 steps)`);
    expect(once.output).toContain(`snippets/${path.dirname(GREEDY)}/gone.trace.json is orphaned`);
    expect(once.code, once.output).toBe(1);
    const written = fs.readFileSync(traceFile, 'utf8');
    expect(written).toBe(formatTrace(JSON.parse(written) as Trace));

    const twice = await runScript(['--site', scratch, '--prune']);
    expect(twice.code, twice.output).toBe(0);
    expect(twice.output).toContain(`removed snippets/${path.dirname(GREEDY)}/gone.trace.json`);
    expect(fs.existsSync(orphan)).toBe(false);
    // Kept as it was when the new run matches (else it says what differed and rewrites it).
    if (twice.output.includes('kept    ')) expect(fs.readFileSync(traceFile, 'utf8')).toBe(written);
    else expect(twice.output).toContain('was: ');
  });
});

/** Runs src/scripts/update-traces.ts with tsx; both streams in one string. */
function runScript(args: string[]): Promise<{code: number | null; output: string}> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'src/scripts/update-traces.ts'), ...args], {cwd: ROOT});
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({code, output}));
  });
}

// -- the real site -----------------------------------------------------------------------------------

describe('timelines on the site', () => {
  const snippetsDir = snippetsDirOf(ROOT);
  let fences: TimelineFence[] = [];
  let fenceProblem: string | undefined;
  try {
    fences = timelineFences(ROOT);
  } catch (error) {
    fenceProblem = (error as Error).message;
  }
  // Each snippet once, with the first fence that asks for it (for messages).
  const files = new Map<string, TimelineFence>();
  for (const fence of fences) if (!files.has(fence.file)) files.set(fence.file, fence);

  it('are looked for on every page of docs/ and blog/', () => {
    if (fenceProblem) expect.fail(fenceProblem);
    // Chapter 3 and the scraper post both show timelines: both folders are read.
    const pages = [...new Set(fences.map((f) => f.page))];
    expect(pages).toContain('docs/03-preemptive-vs-cooperative.mdx');
    expect(pages.some((p) => p.startsWith('blog/'))).toBe(true);
    console.log(`${fences.length} timeline fence(s) on ${pages.length} pages, naming ${files.size} snippet(s)`);
  });

  it('leave no orphaned trace in snippets/', () => {
    const orphans = orphanTraces(snippetsDir, fences);
    expect(orphans, `no \`\`\`timeline fence names these: delete them, or run "npm run traces:update -- --prune"`).toEqual([]);
  });

  // What each fence's snippet needs before it can be re-traced; undefined where it cannot.
  interface Ready {
    snippet: Snippet;
    committed: Trace;
    interpreter: Interpreter;
  }
  const problems = new Map<string, string>();
  const ready = new Map<string, Ready>();
  for (const [file, fence] of files) {
    const where = `${fence.page}:${fence.line}`;
    try {
      const traceFile = traceFileOf(snippetsDir, file);
      const snippet = findSnippet(snippetsDir, file, where);
      if (!fs.existsSync(traceFile)) throw new Error(`${where}: ${path.relative(ROOT, traceFile)} does not exist: run "npm run traces:update -- ${file}" and commit it`);
      const committed = JSON.parse(fs.readFileSync(traceFile, 'utf8')) as Trace;
      const interpreter = recordedInterpreter(snippet, usable, committed.python);
      if (typeof interpreter === 'string') throw new Error(interpreter);
      ready.set(file, {snippet, committed, interpreter});
    } catch (error) {
      const message = (error as Error).message;
      problems.set(file, message.startsWith(where) || message.startsWith('snippets/') ? message : `${where}: ${message}`);
    }
  }

  const checks = new Map<string, Check>();
  beforeAll(async () => {
    const jobs = [...ready.entries()];
    // A check that load spoiled (output, or a trace still off after ATTEMPTS runs) is made again
    // alone, as the snippet test does.
    const results = await mapWithLoneRetry(
      jobs,
      RUNS_AT_ONCE,
      ([, r]) => traceAndCompare(r.snippet, r.interpreter, ROOT, r.committed),
      (check) => check.runProblems.length > 0 || (check.differences.at(-1)?.length ?? 0) > 0,
      ([file]) => `snippets/${file} traced`,
    );
    jobs.forEach(([file], i) => checks.set(file, results[i]));
  });

  for (const file of files.keys()) {
    describe(`snippets/${file}`, () => {
      it('has a committed trace and an interpreter of its version', () => {
        if (problems.has(file)) expect.fail(problems.get(file));
      });

      it('traced again, prints its expected output, exits as its meta.json says, and matches the committed trace', () => {
        const check = checks.get(file);
        if (!check) expect.fail(`not traced: ${problems.get(file)}`);
        if (check.runProblems.length) expect.fail(check.runProblems.join('\n\n'));
        expect(check.differences.at(-1), differenceMessage(file, check.differences)).toEqual([]);
      });
    });
  }
});
