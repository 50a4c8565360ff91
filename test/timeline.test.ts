// Timelines of traced runs: the layout computed from a trace, its text alternatives, the SVG the
// component renders at build time, and what a page author sees when a ```timeline fence is wrong.
//
// The fixture traces are real: test/fixtures/timeline/snippets/01-demo/starved.py and a copy of
// snippets/03-preemptive-vs-cooperative/greedy_task_broken.py, each traced on CPython 3.13.0 with
//   python3 src/trace/asynctrace.py <file>.py --out <file>.trace.json
import fs from 'node:fs';
import path from 'node:path';
import {escapeMarkdownHeadingIds} from '@docusaurus/utils';
import {compile} from '@mdx-js/mdx';
import {load} from 'cheerio';
import {createElement, type ReactElement} from 'react';
// @ts-expect-error react-dom has no types here (@types/react-dom is not a dependency); typed below.
import {renderToStaticMarkup as renderUntyped} from 'react-dom/server';
import {describe, expect, it} from 'vitest';
import Timeline from '../src/components/Timeline';
import {lintPages} from '../src/remark/lintPages';
import remarkSnippetInclude from '../src/remark/snippetInclude';
import {
  GEOMETRY,
  MAX_LANES,
  formatMs,
  niceAxis,
  timelineLayout,
  timelineRows,
  timelineSummary,
  type Trace,
  type TraceTask,
} from '../src/trace/timelineModel';

const renderToStaticMarkup = renderUntyped as (element: ReactElement) => string;

const site = path.join(__dirname, 'fixtures/timeline');
const snippetsDir = path.join(site, 'snippets');

function traceOf(id: string): Trace {
  return JSON.parse(fs.readFileSync(path.join(snippetsDir, `${id}.trace.json`), 'utf8')) as Trace;
}

// main creates sleeper (sleeps 0.05 s), then greedy (time.sleep(0.3), then raises ValueError)
// and latecomer (sleeps 10 s, cancelled by main); main awaits sleeper, then latecomer.
const starved = traceOf('01-demo/starved');
// Two heartbeat tasks that yield, and a greedy task whose CPU work holds the loop for ~32 ms.
const greedy = traceOf('03-greedy/greedy_task_broken');

const stepCount = (trace: Trace) => trace.tasks.reduce((n, t) => n + t.steps.length, 0);

/** A trace of `n` tasks that each sleep once, for the cases the fixtures do not have. */
function syntheticTrace(n: number, change: (task: TraceTask, i: number) => void = () => {}): Trace {
  const tasks = Array.from({length: n}, (_, i): TraceTask => {
    const task: TraceTask = {
      name: `worker-${i}`,
      created: 0.1 * i,
      steps: [
        {seq: i, start: 0.1 * i + 0.1, end: 0.1 * i + 0.1, waits: {kind: 'sleep', seconds: 0.5}},
        {seq: n + i, start: 500 + i, end: 500 + i, waits: null},
      ],
      end: 500 + i,
      outcome: 'done',
    };
    change(task, i);
    return task;
  });
  return {version: 1, python: '3.13.0', clock: 'ms', tasks};
}

describe('ms as the timeline writes them', () => {
  it('has up to two decimals under 1 ms, one under 10 ms, whole ms from there', () => {
    expect([0, 0.05, 0.444, 0.6, 9.94, 9.96, 32.4, 300.9].map(formatMs)).toEqual(['0', '0.05', '0.44', '0.6', '9.9', '10', '32', '301']);
  });

  it('puts ticks at round numbers, ending at the first one past the run', () => {
    expect(niceAxis(302.1)).toEqual({step: 50, max: 350});
    expect(niceAxis(32.6)).toEqual({step: 5, max: 35});
    expect(niceAxis(1000)).toEqual({step: 200, max: 1000});
    expect(niceAxis(0.3)).toEqual({step: 0.05, max: 0.3});
    expect(niceAxis(0.04)).toEqual({step: 0.01, max: 0.04});
  });
});

describe('the layout of a traced run', () => {
  const layout = timelineLayout(starved);
  const lane = (name: string) => layout.lanes.find((l) => l.name === name)!;
  const msPerUnit = layout.axisMax / (layout.plotRight - layout.plotLeft);

  it('has one lane per task, in creation order, top to bottom', () => {
    expect(layout.lanes.map((l) => l.name)).toEqual(['main', 'sleeper', 'greedy', 'latecomer']);
    const ys = layout.lanes.map((l) => l.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(new Set(ys).size).toBe(4);
    expect(layout.hidden).toBe(0);
  });

  it('places each step at its start, its width proportional to its length, never thinner than the minimum', () => {
    const bars = layout.lanes.flatMap((l) => l.bars);
    expect(bars).toHaveLength(stepCount(starved));
    for (const bar of bars) {
      expect((bar.x - layout.plotLeft) * msPerUnit).toBeCloseTo(bar.start, 6);
      expect(bar.width).toBeCloseTo(Math.max(GEOMETRY.minBarWidth, (bar.end - bar.start) / msPerUnit), 6);
    }
    // sleeper's first step lasted 0.1 ms: a hair on this scale, drawn at the minimum width.
    expect(lane('sleeper').bars[0].width).toBe(GEOMETRY.minBarWidth);
  });

  it('draws the step that blocked the loop as the widest bar, 300 ms long', () => {
    const widest = layout.lanes.flatMap((l) => l.bars.map((bar) => ({lane: l.name, bar}))).sort((a, b) => b.bar.width - a.bar.width)[0];
    expect(widest.lane).toBe('greedy');
    expect(widest.bar.width * msPerUnit).toBeCloseTo(300.9 - 0.6, 6);
    // In the chapter 3 snippet too: the CPU-bound task's single step outlasts every other.
    const greedyLayout = timelineLayout(greedy);
    const widths = greedyLayout.lanes.map((l) => Math.max(...l.bars.map((b) => b.width)));
    expect(greedyLayout.lanes[widths.indexOf(Math.max(...widths))].name).toBe('Task-4');
  });

  it('labels each wait with what the task awaited, from the end of a step to the start of the next', () => {
    expect(lane('main').waits.map((w) => w.label)).toEqual(['yield', 'task sleeper', 'task latecomer']);
    expect(lane('sleeper').waits.map((w) => [w.label, w.from, w.to])).toEqual([['sleep 0.05 s', 0.6, 302.0]]);
    expect(lane('latecomer').waits.map((w) => w.label)).toEqual(['sleep 10 s']);
    expect(lane('greedy').waits).toEqual([]);
    expect(timelineLayout(greedy).lanes[0].waits.map((w) => w.label)).toEqual(['future']);
    // A long wait has room for its label above the line; a 0.1 ms one has none.
    expect(lane('sleeper').waits[0].showLabel).toBe(true);
    expect(lane('main').waits[0].showLabel).toBe(false);
  });

  it('shows the time a task spent created but not started', () => {
    expect(lane('latecomer').created).toMatchObject({label: 'created, not started', from: 0.6, to: 301.9, showLabel: true});
    // greedy first ran in the same 0.1 ms as it was created: nothing to draw.
    expect(lane('greedy').created).toBeNull();
  });

  it('marks how each task ended', () => {
    expect(layout.lanes.map((l) => l.end.label)).toEqual(['done', 'done', 'failed: ValueError', 'cancelled']);
    // The marker sits where the task's last step ended.
    expect((lane('greedy').end.x - layout.plotLeft) * msPerUnit).toBeCloseTo(300.9, 6);
  });

  it('has an axis in round ms from 0 to just past the end of the run', () => {
    expect(layout.ticks.map((t) => t.label)).toEqual(['0', '50', '100', '150', '200', '250', '300', '350']);
    expect(layout.ticks[0].x).toBe(layout.plotLeft);
    expect(layout.ticks.at(-1)!.x).toBe(layout.plotRight);
    expect(timelineLayout(greedy).ticks.map((t) => t.ms)).toEqual([0, 5, 10, 15, 20, 25, 30, 35]);
    expect(layout.height).toBe(layout.axisY + GEOMETRY.axisHeight);
  });

  it('draws a task that never finished waiting until the run ended', () => {
    const trace = syntheticTrace(2, (task, i) => {
      if (i !== 1) return;
      task.steps = task.steps.slice(0, 1);
      task.end = null;
      task.outcome = 'pending';
    });
    const pending = timelineLayout(trace).lanes[1];
    expect(pending.waits.map((w) => [w.label, w.to])).toEqual([['sleep 0.5 s', 500]]);
    expect(pending.end.label).toBe('never finished');
    expect(timelineSummary(trace)).toContain('worker-1 ran at 0.2 ms, then slept 0.5 s, then never finished.');
  });

  it(`draws at most ${MAX_LANES} lanes and says how many it left out`, () => {
    const trace = syntheticTrace(15);
    const many = timelineLayout(trace);
    expect(many.lanes).toHaveLength(MAX_LANES);
    expect(many.hidden).toBe(3);
    expect(timelineSummary(trace)).toContain('had 15 tasks');
    expect(timelineSummary(trace)).toContain('Only the first 12 tasks are drawn: 3 more are left out.');
    expect(timelineSummary(trace)).not.toContain('worker-12');
    expect(new Set(timelineRows(trace).map((r) => r.task)).size).toBe(MAX_LANES);
  });
});

describe('the run in words', () => {
  const summary = timelineSummary(starved);

  it('says what each task did, lane by lane', () => {
    for (const task of starved.tasks) expect(summary).toContain(`${task.name} `);
    const order = starved.tasks.map((t) => summary.indexOf(`. ${t.name} `));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(summary.startsWith('The run took 302 ms and had 4 tasks.')).toBe(true);
  });

  it('names the step that blocked the loop, the sleep it starved and the late start', () => {
    expect(summary).toContain('greedy ran from 0.6 to 301 ms in one step (the loop was blocked), then failed with ValueError.');
    expect(summary).toContain('sleeper ran from 0.5 to 0.6 ms, then slept 0.05 s (due at 51 ms, it woke 251 ms late), then ran at 302 ms, then finished.');
    expect(summary).toContain('latecomer was created at 0.6 ms but first ran at 302 ms');
    expect(summary).toContain('then was cancelled.');
  });

  it('sums up a task of many steps', () => {
    const words = timelineSummary(greedy);
    expect(words).toContain('Task-2 ran 4 steps from 0.2 to 33 ms, waiting on yield 3 times; its longest wait (yield) was from 0.2 to 32 ms; it finished.');
    expect(words).toContain('Task-4 ran from 0.2 to 32 ms in one step (the loop was blocked), then finished.');
    expect(words).toContain('Task-1 ran from 0.1 to 0.2 ms, then waited for a future');
  });

  it('has one table row per step, with what came after it', () => {
    const rows = timelineRows(starved);
    expect(rows).toHaveLength(stepCount(starved));
    expect(rows.slice(0, 4).map((r) => [r.task, r.step, r.from, r.to, r.then])).toEqual([
      ['main', 1, '0.5', '0.5', 'yield'],
      ['main', 2, '0.6', '0.6', 'task sleeper'],
      ['main', 3, '302', '302', 'task latecomer'],
      ['main', 4, '302', '302', 'done'],
    ]);
    expect(rows.find((r) => r.task === 'greedy')).toMatchObject({from: '0.6', to: '301', then: 'failed: ValueError'});
  });
});

describe('the <Timeline> drawing, rendered at build time', () => {
  const file = '01-demo/starved.py';
  const $ = load(renderToStaticMarkup(createElement(Timeline, {file, trace: starved})));
  const svg = $('figure[data-timeline] svg');

  it('is a figure named after the snippet, with a keyboard-scrollable box around the SVG', () => {
    expect($('figure').attr('data-timeline')).toBe(file);
    const box = $('figure > div[role="region"]');
    expect(box.attr('tabindex')).toBe('0');
    expect(box.attr('aria-label')).toBe('Timeline of snippets/01-demo/starved.py');
    expect(box.children('svg')).toHaveLength(1);
  });

  it('has a fixed size, so nothing moves when the page loads', () => {
    const layout = timelineLayout(starved);
    expect(svg.attr('viewBox')).toBe(`0 0 ${layout.width} ${layout.height}`);
    expect(svg.attr('width')).toBe(String(layout.width));
    expect(svg.attr('height')).toBe(String(layout.height));
  });

  it('is an image with a title and a description that screen readers read', () => {
    expect(svg.attr('role')).toBe('img');
    const title = svg.children('title');
    const desc = svg.children('desc');
    expect(title.text()).toBe('Timeline of snippets/01-demo/starved.py, one lane per task');
    expect(desc.text()).toBe(timelineSummary(starved));
    expect(svg.attr('aria-labelledby')).toBe(title.attr('id'));
    expect(svg.attr('aria-describedby')).toBe(desc.attr('id'));
  });

  it('draws a labelled lane per task and a bar per step', () => {
    const lanes = svg.find('g[data-lane]');
    expect(lanes.map((_, g) => $(g).attr('data-lane')).get()).toEqual(['main', 'sleeper', 'greedy', 'latecomer']);
    expect(lanes.map((_, g) => $(g).children('text').first().text()).get()).toEqual(['main', 'sleeper', 'greedy', 'latecomer']);
    expect(svg.find('rect[data-step]')).toHaveLength(stepCount(starved));
    expect(svg.find('g[data-lane="greedy"] rect[data-step]')).toHaveLength(1);
  });

  it('writes the wait labels that fit, and a tooltip on every wait', () => {
    const drawn = svg.find('g[data-wait] > text').map((_, t) => $(t).text()).get();
    expect(drawn).toEqual(expect.arrayContaining(['task sleeper', 'sleep 0.05 s', 'created, not started']));
    expect(svg.find('g[data-lane="main"] g[data-wait] > title').map((_, t) => $(t).text()).get()).toEqual([
      'main: created, not started from 0.4 to 0.5 ms',
      'main: waiting (yield) from 0.5 to 0.6 ms',
      'main: waiting (task sleeper) from 0.6 to 302 ms',
      'main: waiting (task latecomer) from 302 to 302 ms',
    ]);
    expect(svg.find('[data-outcome]').map((_, t) => $(t).text()).get()).toEqual(['done', 'done', 'failed: ValueError', 'cancelled']);
  });

  it('has a time axis and a legend', () => {
    expect(svg.find('[data-tick]').map((_, t) => $(t).text()).get()).toEqual(['0', '50', '100', '150', '200', '250', '300', '350']);
    expect(svg.find('g[data-axis]').text()).toContain('time in ms');
    expect(svg.find('g[data-legend]').text()).toContain('running');
  });

  it('takes its colours from the theme, not from the markup', () => {
    expect(svg.find('[fill], [stroke], [style]')).toHaveLength(0);
    const css = fs.readFileSync(path.join(__dirname, '../src/components/Timeline/styles.module.css'), 'utf8');
    expect(css).not.toMatch(/#[0-9a-f]{3,6}\b|rgb\(/i);
    expect(css).toMatch(/min-width: 640px/);
    expect(css).toMatch(/overflow-x: auto/);
  });

  it('has a caption, the run in words and the run as a table', () => {
    const caption = $('figure > figcaption');
    expect(caption.text()).toContain(
      'What happened when snippets/01-demo/starved.py ran on CPython 3.13.0: one lane per task; bars are the task running, thin lines are waits.',
    );
    expect(caption.text()).toContain(timelineSummary(starved));
    expect(caption.find('details > summary').text()).toBe('The run as a table');
    expect(caption.find('details table thead th')).toHaveLength(5);
    expect(caption.find('details table tbody tr')).toHaveLength(stepCount(starved));
    expect(caption.find('tbody tr').eq(6).find('td').map((_, td) => $(td).text()).get()).toEqual(['greedy', '1', '0.6', '301', 'failed: ValueError']);
  });

  it('gives two timelines on one page different ids', () => {
    const two = load(renderToStaticMarkup(createElement('div', null, createElement(Timeline, {file, trace: starved}), createElement(Timeline, {file, trace: greedy}))));
    const ids = two('svg title, svg desc').map((_, e) => two(e).attr('id')).get().filter(Boolean);
    expect(ids).toHaveLength(4);
    expect(new Set(ids).size).toBe(4);
  });
});

describe('```timeline fences on a page', () => {
  const compilePage = (rel: string, value = fs.readFileSync(path.join(site, rel), 'utf8')) =>
    compile({path: path.join(site, rel), value: escapeMarkdownHeadingIds(value)}, {remarkPlugins: [[remarkSnippetInclude, {siteDir: site, snippetsDir}]]}).then(String);

  it('become <Timeline> elements, with one import of the component, their traces and the drawing code among the page\'s files', async () => {
    const code = await compilePage('pages/good.mdx');
    expect(code.match(/import Timeline from '@site\/src\/components\/Timeline\/Island'/g)).toHaveLength(1);
    expect(code).toContain('"01-demo": import.meta.webpackContext("@site/snippets/01-demo?raw", {');
    expect(code).toContain('regExp: /^\\.\\/(?:starved\\.trace\\.json)$/');
    expect(code).toContain('"03-greedy": import.meta.webpackContext("@site/snippets/03-greedy?raw", {');
    expect(code).toContain('regExp: /^\\.\\/(?:greedy_task_broken\\.trace\\.json)$/');
    expect(code.match(/import\("@site\/src\/components\/Timeline\/Drawing"\)/g)).toHaveLength(1);
    expect(code).toMatch(/_jsx\(Timeline, \{\s*file: "01-demo\/starved.py"\s*\}\)/);
    expect(code).toMatch(/_jsx\(Timeline, \{\s*file: "03-greedy\/greedy_task_broken.py"\s*\}\)/);
    expect(code).not.toContain('import Snippet from');
  });

  it('are accepted by the page lint, count as showing the snippet, and are reported', () => {
    const report = lintPages(site, snippetsDir, ['pages/good.mdx']);
    expect(report.problems.filter((p) => !p.includes('is not shown on any page'))).toEqual([]);
    expect([...report.used].sort()).toEqual(['01-demo/starved.py', '03-greedy/greedy_task_broken.py']);
    expect(report.timelines).toEqual([
      {page: 'pages/good.mdx', line: 5, file: '01-demo/starved.py'},
      {page: 'pages/good.mdx', line: 10, file: '03-greedy/greedy_task_broken.py'},
    ]);
    expect(report.includes).toEqual([]);
    expect(report.problems).toContain(
      'snippets/01-demo/untraced.py: is not shown on any page (include it with ```python file=01-demo/untraced.py, or delete it)',
    );
  });

  const mistakes: [string, string][] = [
    ['missing-trace', 'pages/missing-trace.mdx:3: snippets/01-demo/untraced.trace.json does not exist: run "npm run traces:update" to trace snippets/01-demo/untraced.py'],
    ['not-empty', 'pages/not-empty.mdx:3: a timeline must be empty: it is drawn from snippets/01-demo/starved.trace.json'],
    ['unknown-word', 'pages/unknown-word.mdx:3: unknown word "wide" in the timeline (known: file=)'],
    ['region', 'pages/region.mdx:3: a timeline shows the whole run: "region=main" is only for python includes'],
    ['no-output', 'pages/no-output.mdx:3: a timeline has no output to leave out: "no-output" is only for python includes'],
    ['missing-snippet', 'pages/missing-snippet.mdx:3: snippet "01-demo/nope.py" does not exist (looked for snippets/01-demo/nope.py)'],
    ['no-file', 'pages/no-file.mdx:3: a timeline fence names its snippet: ```timeline file=NN-slug/name.py'],
  ];

  it.each(mistakes)('%s: stops the build with the page and line', async (page, message) => {
    await expect(compilePage(`pages/${page}.mdx`)).rejects.toThrow(message);
  });

  it.each(mistakes)('%s: is listed by the page lint', (page, message) => {
    const problems = lintPages(site, snippetsDir, [`pages/${page}.mdx`]).problems.filter((p) => !p.includes('is not shown on any page'));
    expect(problems).toEqual([message]);
  });

  it('keeps to the include rules for the path', async () => {
    await expect(compilePage('pages/x.mdx', '# Page\n\n```timeline file=../secrets.py\n```\n')).rejects.toThrow(
      'pages/x.mdx:3: snippet path "../secrets.py" leaves snippets/ (paths are relative to snippets/)',
    );
  });
});
