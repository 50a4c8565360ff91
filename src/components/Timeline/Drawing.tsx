/**
 * The drawing of a traced run: one lane per task, a solid bar while the task ran, a thin line
 * labelled with what it waited on between its runs, a time axis in ms; its colours come from the
 * theme's CSS variables, so it follows light and dark mode. Beside the drawing: a caption, the run
 * in plain English (also the SVG's <desc>) and the run as a table.
 *
 * This is the code that draws; ./index.tsx and ./Island.tsx place it. A chapter's timelines come
 * as HTML with the page, so its script loads this module only to draw one in the browser (the
 * reader's own run, or a page reached from another page of the site).
 */
import {useId, type ReactNode} from 'react';
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
import type {ReaderTrace} from '../Run/readerRuns';
import {figureAttributes} from './figure';
import styles from './styles.module.css';

interface Props {
  /** "03-preemptive-vs-cooperative/greedy_task_broken.py", relative to snippets/. */
  file: string;
  /** snippets/X/name.trace.json, as written by src/trace/asynctrace.py. */
  trace: Trace;
  /** The reader's own run in the page, drawn under the recorded one. */
  yours?: ReaderTrace;
}

/** Keeps coordinates short in the HTML. */
const r = (n: number) => Math.round(n * 10) / 10;

function formatRange(from: number, to: number): string {
  return `${formatMs(from)} to ${formatMs(to)} ms`;
}

/** Small grey text: legend, wait labels, ticks, outcomes. */
function Small({x, y, children, ...extra}: {x: number; y: number; children: ReactNode} & Record<string, unknown>): ReactNode {
  return (
    <text className={styles.small} x={r(x)} y={r(y)} fontSize={G.smallFontSize} {...extra}>
      {children}
    </text>
  );
}

/** The legend, one row above the lanes: each symbol in an 18-unit box, then its words. */
function Legend(): ReactNode {
  const y = G.legendHeight / 2 - 2;
  const items: [string, (x: number) => ReactNode][] = [
    ['running', (x) => <rect className={styles.bar} x={x} y={y - 6} width={18} height={12} />],
    ['waiting on what its label says', (x) => <line className={styles.wait} x1={x} x2={x + 18} y1={y} y2={y} />],
    ['created, not started', (x) => <line className={styles.created} x1={x} x2={x + 18} y1={y} y2={y} />],
    ['task ended', (x) => <line className={styles.endMark} x1={x + 9} x2={x + 9} y1={y - 8} y2={y + 8} />],
  ];
  let x = 0;
  const entries = items.map(([label, symbol]) => {
    const at = r(x);
    x += 18 + 6 + textWidth(label, G.smallFontSize) + 14;
    return (
      <g key={label}>
        {symbol(at)}
        <Small x={at + 24} y={y} dy="0.35em">
          {label}
        </Small>
      </g>
    );
  });
  return <g data-legend="">{entries}</g>;
}

/** Grid lines and ticks at round ms, the axis line, its caption. */
function Axis({layout: {plotLeft, plotRight, plotTop, axisY, ticks}}: {layout: TimelineLayout}): ReactNode {
  return (
    <g data-axis="">
      {ticks.map((tick) => (
        <g key={tick.ms}>
          <line className={styles.grid} x1={r(tick.x)} x2={r(tick.x)} y1={plotTop} y2={axisY} />
          <line className={styles.axis} x1={r(tick.x)} x2={r(tick.x)} y1={axisY} y2={axisY + 5} />
          <Small x={tick.x} y={axisY + 19} textAnchor="middle" data-tick={tick.ms}>
            {tick.label}
          </Small>
        </g>
      ))}
      <line className={styles.axis} x1={plotLeft} x2={plotRight} y1={axisY} y2={axisY} />
      <Small x={(plotLeft + plotRight) / 2} y={axisY + 38} textAnchor="middle">
        time in ms, on the event loop&apos;s clock
      </Small>
    </g>
  );
}

/** A wait (or the time between creation and the first run): a thin line, its label above it. */
function WaitLine({lane, segment}: {lane: Lane; segment: WaitSegment}): ReactNode {
  const created = segment.kind === 'created';
  const what = created ? 'created, not started' : `waiting (${segment.label})`;
  return (
    <g data-wait={segment.label}>
      {/* A tooltip on hover, for the waits too short to carry their label. */}
      <title>{`${lane.name}: ${what} from ${formatRange(segment.from, segment.to)}`}</title>
      <line className={created ? styles.created : styles.wait} x1={r(segment.x1)} x2={r(segment.x2)} y1={lane.y} y2={lane.y} />
      {segment.showLabel && (
        <Small x={segment.x1 + 4} y={lane.y - 5}>
          {segment.label}
        </Small>
      )}
    </g>
  );
}

/** One task: its name, waits, bars, end marker and outcome. */
function LaneRow({lane}: {lane: Lane}): ReactNode {
  const top = lane.y - G.barHeight / 2;
  const endX = r(lane.end.x + 2);
  return (
    <g data-lane={lane.name}>
      <text className={styles.laneLabel} x={G.labelWidth - 10} y={lane.y} dy="0.35em" textAnchor="end" fontSize={G.fontSize}>
        {lane.shortName !== lane.name && <title>{lane.name}</title>}
        {lane.shortName}
      </text>
      {lane.created && <WaitLine lane={lane} segment={lane.created} />}
      {lane.waits.map((segment, i) => (
        <WaitLine key={i} lane={lane} segment={segment} />
      ))}
      {/* Bars after the waits, so that a bar widened to its minimum covers the start of the next wait. */}
      {lane.bars.map((bar) => (
        <rect key={bar.step} className={styles.bar} x={r(bar.x)} y={top} width={r(bar.width)} height={G.barHeight} data-step={bar.step}>
          <title>{`${lane.name}, step ${bar.step}: ran from ${formatRange(bar.start, bar.end)}`}</title>
        </rect>
      ))}
      <line className={styles.endMark} x1={endX} x2={endX} y1={top - 3} y2={top + G.barHeight + 3} />
      <Small x={lane.end.x + 8} y={lane.y} dy="0.35em" data-outcome={lane.end.outcome}>
        {lane.end.text}
      </Small>
    </g>
  );
}

/** The run as a table: one row per step. */
function Table({trace}: {trace: Trace}): ReactNode {
  const headings = ['Task', 'Step', 'From (ms)', 'To (ms)', 'Then waited on, or ended'];
  return (
    <table>
      <thead>
        <tr>
          {headings.map((text) => (
            <th key={text} scope="col">
              {text}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {timelineRows(trace).map((row, i) => (
          <tr key={i}>
            {[row.task, row.step, row.from, row.to, row.then].map((cell, j) => (
              <td key={j}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** What a timeline's <figure> holds: the drawing, its caption, the table. */
export function FigureBody({file, trace, yours}: Props): ReactNode {
  const id = useId();
  const layout = timelineLayout(trace);
  const summary = timelineSummary(trace);
  const ran = yours
    ? `What happened when you ran ${yours.edited ? 'your edited ' : ''}snippets/${file} in this page (Python ${trace.python}): one lane per task; bars are the task running, thin lines are waits.`
    : `What happened when snippets/${file} ran on CPython ${trace.python}: one lane per task; bars are the task running, thin lines are waits.`;
  return (
    <>
      {/* On a narrow screen the drawing keeps a readable width and this box scrolls sideways; it
          is focusable so that keyboard users can scroll it too. */}
      <div className={styles.scroll} role="region" tabIndex={0} aria-label={`Timeline of snippets/${file}`}>
        {/* An explicit size: the page reserves the drawing's space before any CSS or script. */}
        <svg
          className={styles.svg}
          role="img"
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-desc`}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          width={layout.width}
          height={layout.height}>
          <title id={`${id}-title`}>{`Timeline of snippets/${file}, one lane per task`}</title>
          <desc id={`${id}-desc`}>{summary}</desc>
          <Legend />
          <Axis layout={layout} />
          {layout.lanes.map((lane, i) => (
            <LaneRow key={i} lane={lane} />
          ))}
        </svg>
      </div>
      <figcaption className={styles.caption}>
        <p className={styles.title}>{ran}</p>
        <p className={styles.summary}>{summary}</p>
        <details className={styles.details}>
          <summary>The run as a table</summary>
          <Table trace={trace} />
        </details>
      </figcaption>
    </>
  );
}

/** One drawing of a run: the recorded one, or the reader's own run in the page (`yours`). */
export function Drawing(props: Props): ReactNode {
  return (
    <figure {...figureAttributes(props.file, props.yours)}>
      <FigureBody {...props} />
    </figure>
  );
}
