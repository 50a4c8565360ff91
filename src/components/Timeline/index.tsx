/**
 * The timeline of a real traced run of a snippet: one lane per task, a solid bar while the task
 * ran, a thin line labelled with what it waited on between its runs, a time axis in ms. Drawn at
 * build time as inline SVG, so it needs no JavaScript; its colours come from the theme's CSS
 * variables, so it follows light and dark mode. Beside the drawing: a caption, the run in plain
 * English (also the SVG's <desc>) and the run as a table.
 *
 * Pages do not use this directly: the remark plugin turns ```timeline file=X/name.py fences into
 * <Timeline file="X/name.py" trace={...snippets/X/name.trace.json} />.
 *
 * Written with createElement (`h`) rather than JSX: the unit tests render it with
 * react-dom/server, and vitest keeps JSX as it is because tsconfig.json says "jsx": "preserve".
 */
import {createElement as h, useId, type ReactNode} from 'react';
import {
  GEOMETRY as G,
  formatMs,
  textWidth,
  timelineLayout,
  timelineRows,
  timelineSummary,
  type Lane,
  type TimelineLayout,
  type Trace,
  type WaitSegment,
} from '../../trace/timelineModel';
import styles from './styles.module.css';

interface Props {
  /** "03-preemptive-vs-cooperative/greedy_task_broken.py", relative to snippets/. */
  file: string;
  /** snippets/X/name.trace.json, as written by src/trace/asynctrace.py. */
  trace: Trace;
}

/** Keeps coordinates short in the HTML. */
const r = (n: number) => Math.round(n * 10) / 10;

function formatRange(from: number, to: number): string {
  return `${formatMs(from)} to ${formatMs(to)} ms`;
}

/** Small grey text: legend, wait labels, ticks, outcomes. */
function small(x: number, y: number, text: string, extra: Record<string, unknown> = {}): ReactNode {
  return h('text', {className: styles.small, x: r(x), y: r(y), fontSize: G.smallFontSize, ...extra}, text);
}

/** The legend, one row above the lanes: each symbol in an 18-unit box, then its words. */
function legend(): ReactNode {
  const y = G.legendHeight / 2 - 2;
  const items: [string, (x: number) => ReactNode][] = [
    ['running', (x) => h('rect', {className: styles.bar, x, y: y - 6, width: 18, height: 12})],
    ['waiting on what its label says', (x) => h('line', {className: styles.wait, x1: x, x2: x + 18, y1: y, y2: y})],
    ['created, not started', (x) => h('line', {className: styles.created, x1: x, x2: x + 18, y1: y, y2: y})],
    ['task ended', (x) => h('line', {className: styles.endMark, x1: x + 9, x2: x + 9, y1: y - 8, y2: y + 8})],
  ];
  let x = 0;
  const entries = items.map(([label, symbol]) => {
    const at = r(x);
    x += 18 + 6 + textWidth(label, G.smallFontSize) + 14;
    return h('g', {key: label}, symbol(at), small(at + 24, y, label, {dy: '0.35em'}));
  });
  return h('g', {'data-legend': ''}, entries);
}

/** Grid lines and ticks at round ms, the axis line, its caption. */
function axis({plotLeft, plotRight, plotTop, axisY, ticks}: TimelineLayout): ReactNode {
  return h(
    'g',
    {'data-axis': ''},
    ticks.map((tick) =>
      h(
        'g',
        {key: tick.ms},
        h('line', {className: styles.grid, x1: r(tick.x), x2: r(tick.x), y1: plotTop, y2: axisY}),
        h('line', {className: styles.axis, x1: r(tick.x), x2: r(tick.x), y1: axisY, y2: axisY + 5}),
        small(tick.x, axisY + 19, tick.label, {textAnchor: 'middle', 'data-tick': tick.ms}),
      ),
    ),
    h('line', {className: styles.axis, x1: plotLeft, x2: plotRight, y1: axisY, y2: axisY}),
    small((plotLeft + plotRight) / 2, axisY + 38, "time in ms, on the event loop's clock", {textAnchor: 'middle'}),
  );
}

/** A wait (or the time between creation and the first run): a thin line, its label above it. */
function wait(lane: Lane, segment: WaitSegment, key: string): ReactNode {
  const created = segment.kind === 'created';
  const what = created ? 'created, not started' : `waiting (${segment.label})`;
  return h(
    'g',
    {key, 'data-wait': segment.label},
    // A tooltip on hover, for the waits too short to carry their label.
    h('title', null, `${lane.name}: ${what} from ${formatRange(segment.from, segment.to)}`),
    h('line', {className: created ? styles.created : styles.wait, x1: r(segment.x1), x2: r(segment.x2), y1: lane.y, y2: lane.y}),
    segment.showLabel && small(segment.x1 + 4, lane.y - 5, segment.label),
  );
}

/** One task: its name, waits, bars, end marker and outcome. */
function lane(lane: Lane, index: number): ReactNode {
  const top = lane.y - G.barHeight / 2;
  const endX = r(lane.end.x + 2);
  return h(
    'g',
    {key: index, 'data-lane': lane.name},
    h(
      'text',
      {className: styles.laneLabel, x: G.labelWidth - 10, y: lane.y, dy: '0.35em', textAnchor: 'end', fontSize: G.fontSize},
      lane.shortName !== lane.name && h('title', null, lane.name),
      lane.shortName,
    ),
    lane.created && wait(lane, lane.created, 'created'),
    lane.waits.map((segment, i) => wait(lane, segment, `wait ${i}`)),
    // Bars after the waits, so that a bar widened to its minimum covers the start of the next wait.
    lane.bars.map((bar) =>
      h(
        'rect',
        {key: bar.step, className: styles.bar, x: r(bar.x), y: top, width: r(bar.width), height: G.barHeight, 'data-step': bar.step},
        h('title', null, `${lane.name}, step ${bar.step}: ran from ${formatRange(bar.start, bar.end)}`),
      ),
    ),
    h('line', {className: styles.endMark, x1: endX, x2: endX, y1: top - 3, y2: top + G.barHeight + 3}),
    small(lane.end.x + 8, lane.y, lane.end.text, {dy: '0.35em', 'data-outcome': lane.end.outcome}),
  );
}

/** The run as a table: one row per step. */
function table(trace: Trace): ReactNode {
  const headings = ['Task', 'Step', 'From (ms)', 'To (ms)', 'Then waited on, or ended'];
  return h(
    'table',
    null,
    h('thead', null, h('tr', null, headings.map((text) => h('th', {key: text, scope: 'col'}, text)))),
    h(
      'tbody',
      null,
      timelineRows(trace).map((row, i) =>
        h('tr', {key: i}, [row.task, row.step, row.from, row.to, row.then].map((cell, j) => h('td', {key: j}, cell))),
      ),
    ),
  );
}

export default function Timeline({file, trace}: Props): ReactNode {
  const id = useId();
  const layout = timelineLayout(trace);
  const summary = timelineSummary(trace);
  const svg = h(
    'svg',
    {
      className: styles.svg,
      role: 'img',
      'aria-labelledby': `${id}-title`,
      'aria-describedby': `${id}-desc`,
      // An explicit size: the page reserves the drawing's space before any CSS or script.
      viewBox: `0 0 ${layout.width} ${layout.height}`,
      width: layout.width,
      height: layout.height,
    },
    h('title', {id: `${id}-title`}, `Timeline of snippets/${file}, one lane per task`),
    h('desc', {id: `${id}-desc`}, summary),
    legend(),
    axis(layout),
    layout.lanes.map(lane),
  );
  return h(
    'figure',
    // data-timeline lets the browser tests match what a page shows to snippets/.
    {className: styles.timeline, 'data-timeline': file},
    // On a narrow screen the drawing keeps a readable width and this box scrolls sideways; it is
    // focusable so that keyboard users can scroll it too.
    h('div', {className: styles.scroll, role: 'region', tabIndex: 0, 'aria-label': `Timeline of snippets/${file}`}, svg),
    h(
      'figcaption',
      {className: styles.caption},
      h(
        'p',
        {className: styles.title},
        `What happened when snippets/${file} ran on CPython ${trace.python}: one lane per task; bars are the task running, thin lines are waits.`,
      ),
      h('p', {className: styles.summary}, summary),
      h('details', {className: styles.details}, h('summary', null, 'The run as a table'), table(trace)),
    ),
  );
}
