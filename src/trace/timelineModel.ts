/**
 * The timeline of a traced run (the JSON src/trace/asynctrace.py writes, see src/trace/README.md),
 * laid out for drawing: one lane per task, a bar per step, a line per wait, a time axis in ms.
 * Also the run as plain English and as table rows, the text alternatives the drawing needs.
 *
 * Pure TypeScript, no React and no DOM: src/components/Timeline draws what this computes, and the
 * tests check the geometry here directly. Coordinates are SVG user units in a fixed-width viewBox.
 */

import type {Trace, TraceStep, TraceTask, Wait} from './types';

export type {Trace, TraceStep, TraceTask, Wait};

// -- numbers and words -------------------------------------------------------------------------

/** At most this many lanes are drawn; the summary says how many more there were. */
export const MAX_LANES = 12;
/** A step this long held the loop: no other task could run meanwhile. */
export const BLOCKING_MS = 10;
/** A resume this much later than due (a sleep) or than creation (a first step) is worth a word. */
export const LATE_MS = 10;

/** ms as every text here writes it: under 1 with two decimals, under 10 with one, else whole ("0", "0.25", "4.5", "301"). */
export function formatMs(ms: number): string {
  if (ms === 0) return '0';
  // Decided on the rounded value, so that 9.96 is "10" and not "10.0".
  const size = Math.abs(ms);
  if (size < 1) return String(Number(ms.toFixed(2))); // the tracer records 0.01 ms: "0.25", "0.6"
  return Math.round(size * 10) / 10 < 10 ? ms.toFixed(1) : String(Math.round(ms));
}

/** "0.5", "10": seconds as the program wrote them, without float noise. */
function formatSeconds(seconds: number): string {
  return String(Number(seconds.toPrecision(6)));
}

/** The short label of a wait, drawn above its line and shown in the table. */
export function waitLabel(wait: Wait): string {
  switch (wait.kind) {
    case 'yield':
      return 'yield';
    case 'sleep':
      return `sleep ${formatSeconds(wait.seconds)} s`;
    case 'task':
      return `task ${wait.name}`;
    case 'io':
      return 'I/O';
    case 'future':
      return 'future';
  }
}

/** The same wait as the summary's prose says it: "then slept 0.5 s". */
function waitPhrase(wait: Wait): string {
  switch (wait.kind) {
    case 'yield':
      return 'yielded to the loop';
    case 'sleep':
      return `slept ${formatSeconds(wait.seconds)} s`;
    case 'task':
      return `waited for task ${wait.name}`;
    case 'io':
      return 'waited for I/O';
    case 'future':
      return 'waited for a future';
  }
}

/** "done", "failed: ValueError", "cancelled", "never finished". */
export function outcomeLabel(task: TraceTask): string {
  switch (task.outcome) {
    case 'done':
      return 'done';
    case 'failed':
      return `failed: ${task.error ?? 'an exception'}`;
    case 'cancelled':
      return 'cancelled';
    case 'pending':
      return 'never finished';
  }
}

function outcomePhrase(task: TraceTask): string {
  switch (task.outcome) {
    case 'done':
      return 'finished';
    case 'failed':
      return `failed with ${task.error ?? 'an exception'}`;
    case 'cancelled':
      return 'was cancelled';
    case 'pending':
      return 'never finished';
  }
}

/** When the run ends: the latest time anything in the trace happened. */
export function runEnd(trace: Trace): number {
  let end = 0;
  for (const task of trace.tasks) {
    end = Math.max(end, task.created, task.end ?? 0, ...task.steps.map((s) => s.end));
  }
  return end;
}

// -- the axis ----------------------------------------------------------------------------------

export interface Tick {
  ms: number;
  x: number;
  label: string;
}

/**
 * The axis: the smallest round step (1, 2 or 5 times a power of ten, never under the trace's
 * 0.01 ms resolution) that needs at most `intervals` intervals to reach `end`, and the axis end,
 * the first tick at or past `end`. 302 ms gives 0, 50, ..., 350; 33 ms gives 0, 5, ..., 35.
 */
export function niceAxis(end: number, intervals = 8): {step: number; max: number} {
  const span = Math.max(end, 0.01);
  const power = 10 ** Math.floor(Math.log10(span / intervals));
  const step = Math.max(0.01, [1, 2, 5, 10].map((m) => m * power).find((s) => Math.ceil(span / s - 1e-9) <= intervals)!);
  // Rounded, so that 0.1 * 3 is 0.3 and not 0.30000000000000004.
  const max = Number((Math.ceil(span / step - 1e-9) * step).toFixed(6));
  return {step, max};
}

// -- the layout --------------------------------------------------------------------------------

/** The geometry: a fixed-width viewBox; the height grows with the lanes. */
export const GEOMETRY = {
  width: 720,
  /** Task names, right-aligned at labelWidth - 10. */
  labelWidth: 112,
  /** Right of the plot: room for the outcome written after a lane's end marker. */
  outcomeWidth: 132,
  legendHeight: 30,
  laneHeight: 40,
  barHeight: 16,
  /** Below the lanes: tick labels, then the axis caption. */
  axisHeight: 46,
  /** The narrowest bar drawn, so a 0.05 ms step still shows. */
  minBarWidth: 3,
  fontSize: 14,
  smallFontSize: 12,
} as const;

/** A rough text width for a sans-serif font, to decide whether a label fits. */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.6;
}

/** The text, cut short with "…" if needed so that it fits in `room` units. */
export function fitText(text: string, room: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= room) return text;
  const chars = Math.max(1, Math.floor(room / (fontSize * 0.6)) - 1);
  return `${text.slice(0, chars)}…`;
}

export interface Bar {
  /** 1-based within its task. */
  step: number;
  start: number;
  end: number;
  x: number;
  width: number;
}

export interface WaitSegment {
  kind: Wait['kind'] | 'created';
  /** "sleep 0.5 s", "task B", "created, not started"... */
  label: string;
  /** Whether the label fits above the line; the tooltip, table and summary always have it. */
  showLabel: boolean;
  from: number;
  /** The next step's start, or the run's end for a wait that never ended. */
  to: number;
  x1: number;
  x2: number;
}

export interface Lane {
  name: string;
  /** The name as drawn: cut short if it does not fit the label column. */
  shortName: string;
  /** Centre line of the lane. */
  y: number;
  /** Before the first step: from creation to the first run, if there is a gap to draw. */
  created: WaitSegment | null;
  bars: Bar[];
  waits: WaitSegment[];
  /**
   * Where the task ended (for one that never finished: where the run ended) and how; `text` is
   * the label as drawn, cut short if it would run past the edge.
   */
  end: {x: number; label: string; text: string; outcome: TraceTask['outcome']};
}

export interface TimelineLayout {
  width: number;
  height: number;
  /** The plot area, in x; lanes go from plotTop to axisY. */
  plotLeft: number;
  plotRight: number;
  plotTop: number;
  axisY: number;
  /** ms per unit of x is (axisMax / (plotRight - plotLeft)). */
  axisMax: number;
  ticks: Tick[];
  lanes: Lane[];
  /** Tasks left out of the drawing (beyond MAX_LANES). */
  hidden: number;
}

/** The tasks that get a lane. */
function shownTasks(trace: Trace): TraceTask[] {
  return trace.tasks.slice(0, MAX_LANES);
}

function waitSegment(
  kind: WaitSegment['kind'],
  label: string,
  from: number,
  to: number,
  x: (ms: number) => number,
): WaitSegment {
  const x1 = x(from);
  const x2 = x(to);
  // The label starts 4 units after the line does and must end before the line does.
  const showLabel = x2 - x1 >= textWidth(label, GEOMETRY.smallFontSize) + 8;
  return {kind, label, showLabel, from, to, x1, x2};
}

export function timelineLayout(trace: Trace): TimelineLayout {
  const g = GEOMETRY;
  const tasks = shownTasks(trace);
  const end = runEnd(trace);
  const {step, max} = niceAxis(end);
  const plotLeft = g.labelWidth;
  const plotRight = g.width - g.outcomeWidth;
  const plotTop = g.legendHeight;
  const axisY = plotTop + tasks.length * g.laneHeight;
  const x = (ms: number) => plotLeft + (ms / max) * (plotRight - plotLeft);

  const ticks: Tick[] = [];
  for (let i = 0; i * step <= max + 1e-9; i++) {
    const ms = Number((i * step).toFixed(6));
    ticks.push({ms, x: x(ms), label: step >= 1 ? String(ms) : ms.toFixed(1)});
  }

  const lanes = tasks.map((task, index): Lane => {
    const bars = task.steps.map((s, i) => ({
      step: i + 1,
      start: s.start,
      end: s.end,
      x: x(s.start),
      width: Math.max(g.minBarWidth, x(s.end) - x(s.start)),
    }));
    const waits: WaitSegment[] = [];
    task.steps.forEach((s, i) => {
      if (!s.waits) return;
      // A wait lasts until the next step; the last wait of a task that never finished, until the run ends.
      const next = task.steps[i + 1];
      waits.push(waitSegment(s.waits.kind, waitLabel(s.waits), s.end, next ? next.start : end, x));
    });
    const firstRun = task.steps[0]?.start ?? end;
    const created = firstRun > task.created ? waitSegment('created', 'created, not started', task.created, firstRun, x) : null;
    const last = bars.at(-1);
    const endX = last && task.outcome !== 'pending' ? Math.max(x(last.end), last.x + last.width) : x(end);
    const label = outcomeLabel(task);
    return {
      name: task.name,
      shortName: fitText(task.name, g.labelWidth - 14, g.fontSize),
      y: plotTop + index * g.laneHeight + g.laneHeight / 2,
      created,
      bars,
      waits,
      // The outcome is written 8 units after the end marker.
      end: {x: endX, label, text: fitText(label, g.width - endX - 10, g.smallFontSize), outcome: task.outcome},
    };
  });

  return {
    width: g.width,
    height: axisY + g.axisHeight,
    plotLeft,
    plotRight,
    plotTop,
    axisY,
    axisMax: max,
    ticks,
    lanes,
    hidden: trace.tasks.length - tasks.length,
  };
}

// -- the text alternatives ---------------------------------------------------------------------

/** "at 0.2 ms" for a step too short to have two times, else "from 0.3 to 301 ms". */
function span(from: number, to: number): string {
  return formatMs(from) === formatMs(to) ? `at ${formatMs(from)} ms` : `from ${formatMs(from)} to ${formatMs(to)} ms`;
}

function isBlocking(step: TraceStep): boolean {
  return step.end - step.start >= BLOCKING_MS;
}

/** For a sleep that resumed well after it was due: " (due at 51 ms, it woke 251 ms late)". */
function latenessNote(step: TraceStep, next: TraceStep | undefined): string {
  if (step.waits?.kind !== 'sleep' || !next) return '';
  const due = step.end + step.waits.seconds * 1000;
  const late = next.start - due;
  return late >= LATE_MS ? ` (due at ${formatMs(due)} ms, it woke ${formatMs(late)} ms late)` : '';
}

/** One task, step by step: for a task of a few steps. */
function stepByStep(task: TraceTask): string[] {
  const clauses: string[] = [];
  task.steps.forEach((s, i) => {
    const blocked = isBlocking(s) ? ' in one step (the loop was blocked)' : '';
    if (i === 0 && s.start - task.created >= LATE_MS) {
      clauses.push(`was created at ${formatMs(task.created)} ms but first ran ${span(s.start, s.end)}${blocked}`);
    } else {
      clauses.push(`ran ${span(s.start, s.end)}${blocked}`);
    }
    if (s.waits) clauses.push(waitPhrase(s.waits) + latenessNote(s, task.steps[i + 1]));
  });
  return clauses;
}

/** "a", "a and b", "a, b and c" */
function list(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** One task in brief, for a task of many steps: "ran 4 steps from 0.2 to 33 ms, waiting on ...". */
function inBrief(task: TraceTask): string {
  const first = task.steps[0];
  const last = task.steps.at(-1)!;
  let text = `ran ${task.steps.length} steps from ${formatMs(first.start)} to ${formatMs(last.end)} ms`;
  const blocking = task.steps.filter(isBlocking).map((s) => span(s.start, s.end));
  if (blocking.length) text += ` (the loop was blocked by its ${blocking.length === 1 ? 'step' : 'steps'} ${list(blocking)})`;
  // "yield 3 times and sleep 0.5 s once"
  const counts = new Map<string, number>();
  for (const s of task.steps) if (s.waits) counts.set(waitLabel(s.waits), (counts.get(waitLabel(s.waits)) ?? 0) + 1);
  if (counts.size) text += `, waiting on ${list([...counts].map(([label, n]) => `${label} ${n === 1 ? 'once' : `${n} times`}`))}`;
  let longest: {from: number; to: number; label: string} | undefined;
  task.steps.forEach((s, i) => {
    const next = task.steps[i + 1];
    if (s.waits && next && (!longest || next.start - s.end > longest.to - longest.from)) {
      longest = {from: s.end, to: next.start, label: waitLabel(s.waits)};
    }
  });
  if (longest && longest.to - longest.from >= LATE_MS) text += `; its longest wait (${longest.label}) was ${span(longest.from, longest.to)}`;
  return `${text}; it ${outcomePhrase(task)}`;
}

/** What one task did, as one sentence. */
function taskSentence(task: TraceTask): string {
  if (task.steps.length === 0) return `${task.name} was created at ${formatMs(task.created)} ms and never ran.`;
  if (task.steps.length > 3) return `${task.name} ${inBrief(task)}.`;
  return `${task.name} ${[...stepByStep(task), outcomePhrase(task)].join(', then ')}.`;
}

/**
 * The run in plain English, lane by lane: the text alternative of the drawing (its <desc>, and
 * the figure's caption for readers who cannot see it).
 */
export function timelineSummary(trace: Trace): string {
  const tasks = shownTasks(trace);
  const count = trace.tasks.length === 1 ? '1 task' : `${trace.tasks.length} tasks`;
  const sentences = [`The run took ${formatMs(runEnd(trace))} ms and had ${count}.`];
  sentences.push(...tasks.map(taskSentence));
  const hidden = trace.tasks.length - tasks.length;
  if (hidden > 0) sentences.push(`Only the first ${tasks.length} tasks are drawn: ${hidden} more ${hidden === 1 ? 'is' : 'are'} left out.`);
  if (trace.tracer_error) sentences.push(`The tracer stopped early (${trace.tracer_error}), so the run is not complete.`);
  return sentences.join(' ');
}

export interface TimelineRow {
  task: string;
  /** 1-based within the task. */
  step: number;
  start: number;
  end: number;
  /** start and end, formatted */
  from: string;
  to: string;
  /** The wait that followed ("sleep 0.5 s"), or how the task ended ("done", "failed: ValueError"). */
  then: string;
}

/** One row per step of the tasks that are drawn, task by task: the run as a table. */
export function timelineRows(trace: Trace): TimelineRow[] {
  return shownTasks(trace).flatMap((task) =>
    task.steps.map((s, i) => {
      const last = i === task.steps.length - 1;
      let then = s.waits ? waitLabel(s.waits) : outcomeLabel(task);
      if (last && s.waits) then += ` (${outcomeLabel(task)})`;
      return {task: task.name, step: i + 1, start: s.start, end: s.end, from: formatMs(s.start), to: formatMs(s.end), then};
    }),
  );
}
