/**
 * The committed traces behind the timelines. A page asks for a timeline with an empty fence
 *
 *   ```timeline file=03-preemptive-vs-cooperative/greedy_task_broken.py
 *   ```
 *
 * and the trace of that snippet is committed beside it as `greedy_task_broken.trace.json`,
 * written by `npm run traces:update` and checked by test/traces.test.ts, which traces the snippet
 * again and compares the two with compareTraces. Node only.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {Snippet} from '../snippets/catalog';
import {expectedFor, interpretersFor, noInterpreterMessage} from '../snippets/matrix';
import {normaliseOutput} from '../snippets/outputs';
import {describeInterpreter, runPython, type Interpreter} from '../snippets/python';
import {checkRun} from '../snippets/verify';
import {minorOf} from '../snippets/versions';
import {lintPages} from '../remark/lintPages';
import {traceIdOf} from '../remark/snippetInclude';

/** The tracer; it runs from here whichever site folder it traces for. */
export const TRACER = path.join(__dirname, 'asynctrace.py');

// The JSON the tracer writes: src/trace/types.ts.
export type {Trace, TraceStep, TraceTask, Wait} from './types';
import type {Trace, TraceTask, Wait} from './types';

// -- where timelines are asked for, and where their traces live --------------------------------

export interface TimelineFence {
  /** The page, relative to the site: "docs/03-preemptive-vs-cooperative.mdx". */
  page: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** The snippet, relative to snippets/: "03-preemptive-vs-cooperative/greedy_task_broken.py". */
  file: string;
}

/**
 * Every ```timeline file=...``` fence on the site's pages (docs/ and blog/), in page order, as the
 * page lint finds them, whether or not the snippet has a trace yet. A timeline fence that names no
 * snippet properly is an error naming its page and line, so no fence is ever passed over silently.
 */
export function timelineFences(siteDir: string): TimelineFence[] {
  const report = lintPages(siteDir, path.join(siteDir, 'snippets'));
  if (report.timelineProblems.length > 0) throw new Error(report.timelineProblems.join('\n'));
  return report.timelines;
}

/** snippets/X/name.py -> snippets/X/name.trace.json (absolute). */
export function traceFileOf(snippetsDir: string, file: string): string {
  if (!file.endsWith('.py')) throw new Error(`a timeline traces a Python snippet (…/name.py), not "${file}"`);
  return path.join(snippetsDir, traceIdOf(file));
}

/** Every *.trace.json under snippets/, relative to it with "/", sorted. */
export function traceFilesIn(snippetsDir: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.trace.json')) found.push(path.relative(snippetsDir, full).split(path.sep).join('/'));
    }
  };
  if (fs.existsSync(snippetsDir)) walk(snippetsDir);
  return found.sort();
}

/** Trace files no fence asks for (relative to snippets/): left behind by a removed timeline. */
export function orphanTraces(snippetsDir: string, fences: TimelineFence[]): string[] {
  const named = new Set(fences.filter((f) => f.file.endsWith('.py')).map((f) => path.relative(snippetsDir, traceFileOf(snippetsDir, f.file)).split(path.sep).join('/')));
  return traceFilesIn(snippetsDir).filter((file) => !named.has(file));
}

// -- which interpreter traces -------------------------------------------------------------------

/** The interpreter `traces:update` records with: the newest that can run the snippet. */
export function tracingInterpreter(snippet: Snippet, usable: Interpreter[]): Interpreter | string {
  return interpretersFor(snippet, usable).at(-1) ?? noInterpreterMessage(snippet, usable)!;
}

/**
 * The interpreter to check a committed trace with: the newest one of the same major.minor as the
 * trace records (times and step order can differ between versions), or why there is none.
 */
export function recordedInterpreter(snippet: Snippet, usable: Interpreter[], recorded: string): Interpreter | string {
  const minor = minorOf(recorded);
  const same = interpretersFor(snippet, usable).filter((i) => i.minor === minor).at(-1);
  if (same) return same;
  return `snippets/${snippet.id.replace(/\.py$/, '.trace.json')} was recorded with CPython ${recorded}, and no CPython ${minor} that can run the snippet is installed here. Install CPython ${minor} (e.g. pyenv install ${minor}) or re-record it with "npm run traces:update -- ${snippet.id}" and review the JSON diff.`;
}

// -- tracing one snippet --------------------------------------------------------------------------

export interface TracedRun {
  /** The trace, or null if the tracer wrote none (timed out, killed); `noTrace` says why. */
  trace: Trace | null;
  noTrace?: string;
  /** stdout and stderr interleaved, normalised as the snippet test normalises them. */
  output: string;
  exitCode: number | null;
  timedOut: boolean;
  seconds: number;
}

/**
 * Runs `python src/trace/asynctrace.py snippets/<file> --out <tmp>` from the site folder exactly
 * as runSnippet runs a snippet (both output streams into one file), and reads the trace back.
 */
export async function traceSnippet(interpreter: Interpreter, siteDir: string, file: string, timeoutSeconds: number): Promise<TracedRun> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'trace-'));
  const traceFile = path.join(tmp, 'trace.json');
  const tracer = path.relative(siteDir, TRACER);
  const args = [tracer.startsWith('..') ? TRACER : tracer, `snippets/${file}`, '--out', traceFile];
  try {
    const run = await runPython(interpreter, siteDir, args, timeoutSeconds);
    let trace: Trace | null = null;
    let noTrace: string | undefined;
    try {
      trace = JSON.parse(fs.readFileSync(traceFile, 'utf8')) as Trace;
    } catch (error) {
      noTrace = `the tracer wrote no readable trace${run.timedOut ? ` (stopped after ${timeoutSeconds} s)` : ''}: ${(error as Error).message}`;
    }
    const output = normaliseOutput(run.output, {repoRoot: siteDir, libraryDirs: interpreter.libraryDirs});
    return {trace, noTrace, output, exitCode: run.exitCode, timedOut: run.timedOut, seconds: run.seconds};
  } finally {
    fs.rmSync(tmp, {recursive: true, force: true});
  }
}

/** The tracer adds a little work to every step: a few seconds more than the snippet's limit. */
export function traceTimeout(snippet: Snippet): number {
  return snippet.meta.timeout + 5;
}

/**
 * Whether a traced run is one to draw: a trace without tracer_error, and the snippet's expected
 * output and exit status (as the snippet test checks an untraced run). Empty when it is.
 */
export function checkTracedRun(snippet: Snippet, interpreter: Interpreter, run: TracedRun): string[] {
  const what = `snippets/${snippet.id} traced on ${describeInterpreter(interpreter)}`;
  const problems: string[] = [];
  try {
    const expected = expectedFor(snippet, interpreter); // throws if the snippet has no output file yet
    const problem = checkRun({what, meta: {...snippet.meta, timeout: traceTimeout(snippet)}, result: run, output: run.output, expected});
    if (problem) problems.push(problem);
  } catch (error) {
    problems.push((error as Error).message);
  }
  if (!run.trace) problems.push(`${what}: ${run.noTrace}`);
  else if (run.trace.tracer_error) problems.push(`${what}: the tracer hit a bug of its own: ${run.trace.tracer_error}`);
  return problems;
}

// -- the committed text ---------------------------------------------------------------------------

/** `{"a": 1, "b": {"c": 2}}` on one line: JSON with a space after each colon and comma. */
function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`).join(', ')}}`;
  }
  return JSON.stringify(value);
}

/** The object's keys in the order given, then any others (a newer tracer's) sorted by name. */
function ordered<T extends object>(object: T, keys: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const record = object as Record<string, unknown>;
  for (const key of keys) if (key in record) out[key] = record[key];
  for (const key of Object.keys(record).sort()) if (!(key in out)) out[key] = record[key];
  return out;
}

const TOP_KEYS = ['version', 'python', 'clock', 'tracer_error', 'tasks'];
const TASK_KEYS = ['name', 'created', 'end', 'outcome', 'error', 'steps'];
const STEP_KEYS = ['seq', 'start', 'end', 'waits'];
const WAIT_KEYS = ['kind', 'seconds', 'name'];

/**
 * The JSON text to commit: top-level keys in a fixed order, one block per task (its name,
 * times and outcome first, then its steps), one step per line, and a trailing newline. A re-run
 * that changes one step changes one line of the diff.
 */
export function formatTrace(trace: Trace): string {
  const lines = ['{'];
  const top = Object.entries(ordered(trace, TOP_KEYS)).filter(([key]) => key !== 'tasks');
  for (const [key, value] of top) lines.push(`  ${JSON.stringify(key)}: ${inline(value)},`);
  lines.push('  "tasks": [');
  trace.tasks.forEach((task, t) => {
    lines.push('    {');
    const fields = Object.entries(ordered(task, TASK_KEYS)).filter(([key]) => key !== 'steps');
    for (const [key, value] of fields) lines.push(`      ${JSON.stringify(key)}: ${inline(value)},`);
    const steps = task.steps.map((step) => {
      const s = ordered(step, STEP_KEYS);
      if (step.waits) s.waits = ordered(step.waits, WAIT_KEYS);
      return `        ${inline(s)}`;
    });
    if (steps.length === 0) lines.push('      "steps": []');
    else lines.push('      "steps": [', steps.join(',\n'), '      ]');
    lines.push(t === trace.tasks.length - 1 ? '    }' : '    },');
  });
  lines.push('  ]', '}');
  return lines.join('\n') + '\n';
}

// -- comparing a committed trace with a fresh one -----------------------------------------------

/**
 * How far two times may be apart and still match. Times are not compared as they stand (ms since
 * the loop was made, which adds up every earlier delay: a late 300 ms block would hide in the
 * slack of all the steps before it) but as the intervals of each task's own life:
 * - created: how long the task waited between its creation and its first step;
 * - start: how long it waited between its previous step's end and this step's start;
 * - end: how long the step ran.
 *
 * Two intervals a and b match when |a - b| <= 60 ms + 50% of the longer, i.e. when the shorter is
 * at least half the longer minus 120 ms:
 * - a busy 2-core machine (the snippet tests run beside this one, 12 at a time) delays a wake-up
 *   by a few to a few tens of ms and can slow a step of CPU work 2-5 times: a 0 ms step may take
 *   up to 120 ms, a 30 ms step of CPU work up to 180 ms, a 1 s wait up to 2.1 s;
 * - a real change breaks it: a 300 ms block appearing in (or vanishing from) a step that ran
 *   under 180 ms, or in the wait of a task that waited under 180 ms; a 1 s sleep becoming 0.1 s
 *   (1000 vs 100 ms); a 0.5 s one becoming 0.2 s.
 * Smaller changes (0.1 s of sleep more or less) are caught by the waits, which must match exactly.
 */
export const TIME_TOLERANCE = {ms: 60, fraction: 0.5};

/**
 * Whether committed interval a and fresh interval b match: within TIME_TOLERANCE as they stand,
 * or once a is scaled by `scale` (see cpuStretch).
 */
export function timesMatch(a: number, b: number, scale = 1): boolean {
  const close = (x: number, y: number) => Math.abs(x - y) <= TIME_TOLERANCE.ms + TIME_TOLERANCE.fraction * Math.max(Math.abs(x), Math.abs(y));
  return close(a, b) || close(a * scale, b);
}

/** How long a run lasted: from the first task's creation to the last step's end. */
function runSpan(trace: Trace): number {
  const times = trace.tasks.flatMap((t) => [t.created, ...t.steps.map((s) => s.end)]);
  return times.length ? Math.max(...times) - Math.min(...times) : 0;
}

/**
 * How much slower the fresh run went, if the committed run was mostly CPU work (its steps ran for
 * at least half its length); else 1. Such a run stretches as a whole on a busy machine (chapter
 * 3's greedy task took 33 ms quiet and 252 ms beside the other tests, 7.6 times as long), and its
 * steps and waits keep their shares of it. A run that mostly waits (sleeps, the network) does not
 * stretch, so its times are compared as they stand. A real change does not scale evenly: a 300 ms
 * block added to one short step fails both comparisons for that step.
 */
export function cpuStretch(committed: Trace, fresh: Trace): number {
  const span = runSpan(committed);
  const running = committed.tasks.reduce((sum, t) => sum + t.steps.reduce((s, step) => s + (step.end - step.start), 0), 0);
  if (span <= 0 || running < span / 2) return 1;
  return Math.max(1, runSpan(fresh) / span);
}

/** "sleep 0.1 s", "task 'A'", "yield", ... as a message says what a step waited on. */
export function describeWait(wait: Wait | null | undefined): string {
  if (!wait) return 'nothing (it finished)';
  switch (wait.kind) {
    case 'sleep':
      return `sleep ${wait.seconds} s`;
    case 'task':
      return `task '${wait.name}'`;
    case 'io':
      return 'I/O';
    case 'future':
      return 'a future';
    default:
      return wait.kind;
  }
}

function sameWait(a: Wait | null, b: Wait | null): boolean {
  return JSON.stringify(a && ordered(a, WAIT_KEYS)) === JSON.stringify(b && ordered(b, WAIT_KEYS));
}

const ms = (t: number) => `${Math.round(t * 10) / 10} ms`;

interface PlacedStep {
  seq: number;
  /** The task's position in `tasks` and its name. */
  task: number;
  name: string;
  /** The step's index in its task's list. */
  index: number;
  /** Woken by a future finished outside the loop's own turn-taking (see runOrder). */
  racy: boolean;
}

/**
 * Which task ran at each turn of the loop: every step in the order it ran (by seq), except that
 * within a stretch of consecutive steps that were each woken by a future or by I/O (the step
 * before it in its task waited on kind "future" or "io"), the steps are put in task order. Such
 * wake-ups are often a race the program does not decide, e.g. three worker threads of
 * asyncio.to_thread finishing a few ms apart (seen in blog-first-scraper/scraper_fixed.py), and
 * the page makes no claim about their order; their times are still compared, task by task.
 * Steps after a yield, a sleep or another task run in an order the loop decides, and stay strict.
 */
function runOrder(trace: Trace): PlacedStep[] {
  const steps = trace.tasks
    .flatMap((t, task) =>
      t.steps.map((s, index) => {
        const kind = index > 0 ? t.steps[index - 1].waits?.kind : undefined;
        return {seq: s.seq, task, name: t.name, index, racy: kind === 'future' || kind === 'io'};
      }),
    )
    .sort((a, b) => a.seq - b.seq);
  const out: PlacedStep[] = [];
  for (let k = 0; k < steps.length; ) {
    let end = k + 1;
    if (steps[k].racy) while (end < steps.length && steps[end].racy) end++;
    out.push(...steps.slice(k, end).sort((a, b) => a.task - b.task || a.index - b.index));
    k = end;
  }
  return out;
}

/**
 * What differs between the committed trace and a fresh one, as sentences naming the task and
 * step (step numbers count from 0 within the task; seq is the step's "seq" in the committed
 * JSON). Empty when they match: the same tasks in the same order, each with the same outcome and
 * error, the same steps run in the same order across tasks (see runOrder), each waiting on the
 * same thing, and the times within TIME_TOLERANCE.
 */
export function compareTraces(committed: Trace, fresh: Trace): string[] {
  const out: string[] = [];
  if (fresh.tracer_error) out.push(`the tracer hit a bug of its own: ${fresh.tracer_error}`);
  if (minorOf(committed.python) !== minorOf(fresh.python)) {
    out.push(`recorded with CPython ${committed.python}, traced now with CPython ${fresh.python}: compare traces of the same version`);
  }
  // The tasks, by position: a name is what ties a lane on the page to the program.
  const before = committed.tasks.map((t) => t.name);
  const now = fresh.tasks.map((t) => t.name);
  if (before.length !== now.length) {
    out.push(`the run had ${before.length} tasks (${before.join(', ')}), now ${now.length} (${now.join(', ')})`);
    return out;
  }
  before.forEach((name, i) => {
    if (name !== now[i]) out.push(`task ${i + 1} of ${before.length} was '${name}', now '${now[i]}'`);
  });
  if (out.length) return out;

  const scale = cpuStretch(committed, fresh);
  const allowed =
    `more than ${TIME_TOLERANCE.ms} ms + ${TIME_TOLERANCE.fraction * 100}% of the longer apart` +
    (scale > 1 ? `, as measured or stretched ${scale.toFixed(1)}x like the whole run of CPU work` : '');
  let sameSteps = true;
  committed.tasks.forEach((was, i) => {
    const is = fresh.tasks[i];
    const who = `task '${was.name}'`;
    if (was.outcome !== is.outcome || was.error !== is.error) {
      const end = (t: TraceTask) => (t.error ? `${t.outcome} (${t.error})` : t.outcome);
      out.push(`${who}: ended ${end(was)}, now ${end(is)}`);
    }
    if (was.steps.length !== is.steps.length) {
      out.push(`${who}: ran ${was.steps.length} steps, now ${is.steps.length}`);
      sameSteps = false;
      return;
    }
    if (was.steps.length === 0) {
      if (!timesMatch(was.created, is.created, scale)) out.push(`${who}: created at ${ms(was.created)}, now ${ms(is.created)} (${allowed})`);
      return;
    }
    // What each step waited on, and the task's intervals: created -> first step, then each
    // step's run and the wait before the next.
    was.steps.forEach((step, s) => {
      const other = is.steps[s];
      const where = `${who} step ${s} (seq ${step.seq})`;
      if (!sameWait(step.waits, other.waits)) out.push(`${where}: waited on ${describeWait(step.waits)}, now ${describeWait(other.waits)}`);
      const [waitedWas, waitedIs] = s === 0 ? [step.start - was.created, other.start - is.created] : [step.start - was.steps[s - 1].end, other.start - is.steps[s - 1].end];
      if (!timesMatch(waitedWas, waitedIs, scale)) {
        const since = s === 0 ? 'it was created' : `step ${s - 1} ended (waiting on ${describeWait(was.steps[s - 1].waits)})`;
        out.push(`${where}: started ${ms(waitedWas)} after ${since}, now ${ms(waitedIs)} (${allowed})`);
      }
      if (!timesMatch(step.end - step.start, other.end - other.start, scale)) {
        out.push(`${where}: ran for ${ms(step.end - step.start)}, now ${ms(other.end - other.start)} (${allowed})`);
      }
    });
  });

  // The order of steps across tasks: which task ran at each turn of the loop.
  if (sameSteps) {
    const wasOrder = runOrder(committed);
    const isOrder = runOrder(fresh);
    const first = wasOrder.findIndex((step, k) => step.task !== isOrder[k].task || step.index !== isOrder[k].index);
    if (first >= 0) {
      const names = (steps: PlacedStep[]) => steps.slice(first, first + 8).map((s) => s.name).join(', ');
      const step = wasOrder[first];
      out.push(`the steps ran in another order from task '${step.name}' step ${step.index} (seq ${step.seq}) on: then ${names(wasOrder)}; now ${names(isOrder)}`);
    }
  }
  return out;
}
