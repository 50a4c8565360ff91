// What every chapter from 05 on promises its reader, counted: the parts a chapter must have,
// enough prose, enough tested snippets with output, a diagram, a broken/fixed pair. Part II
// (chapters 11-16) asks for more of each, and most of its chapters draw a traced run. Chapters 1,
// 3, 7, 8, 10 and 11-16 end with exercises the reader runs in the page.
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {lintPages} from '../src/remark/lintPages';
import {readRunnable} from '../src/snippets/runnable';
import {snippetsDirOf} from '../src/snippets/catalog';

const SITE = path.resolve(__dirname, '..');

/** What a chapter of each part must have at least. */
interface Shape {
  part: string;
  chapters: RegExp;
  words: number;
  snippets: number;
}
const SHAPES: Shape[] = [
  {part: 'Part I', chapters: /^(0[5-9]|10)-.*\.mdx$/, words: 1200, snippets: 4},
  {part: 'Part II', chapters: /^1[1-6]-.*\.mdx$/, words: 1500, snippets: 6},
];
/** Part II chapters that must draw a timeline of a traced run (```timeline), of its six. */
const PART_TWO_TIMELINES = 4;
/** The chapters that end with exercises a reader runs and checks in the page. */
const WITH_EXERCISES = /^(01|03|07|08|10|1[1-6])-.*\.mdx$/;

const docs = fs.readdirSync(path.join(SITE, 'docs'));
const pagesOf = (shape: Shape) => docs.filter((f) => shape.chapters.test(f)).map((f) => `docs/${f}`);
const exercisePages = docs.filter((f) => WITH_EXERCISES.test(f)).map((f) => `docs/${f}`);
const report = lintPages(SITE, snippetsDirOf(SITE), [...new Set([...SHAPES.flatMap(pagesOf), ...exercisePages])]);
const runnable = readRunnable(SITE);

/** The words a reader reads: no front matter, code, diagrams, imports or markup. */
export function proseWords(mdx: string): number {
  const prose = mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^```[\s\S]*?^```/gm, '')
    .replace(/^import .*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\{#[\w-]+\}/g, '')
    .replace(/^:::\w*(\[[^\]]*\])?/gm, '');
  return prose.split(/\s+/).filter((w) => /[A-Za-z]/.test(w)).length;
}

for (const shape of SHAPES) {
  describe.each(pagesOf(shape))(`${shape.part}: %s`, (page) => {
    const text = fs.readFileSync(path.join(SITE, page), 'utf8');
    const mine = report.includes.filter((i) => i.page === page).map((i) => i.include);

    it('has what you will learn, a summary, check-yourself answers and further reading to the official docs', () => {
      const missing = [
        [/^:::info\[What you will learn\]/m, 'a ":::info[What you will learn]" box'],
        [/^## Summary \{#summary\}/m, 'a "## Summary {#summary}" section'],
        [/<details>\s*<summary>/, 'a check-yourself question with a hidden answer (<details>)'],
        [/^## Further reading \{#further-reading\}[\s\S]*https:\/\/docs\.python\.org\//m, 'further reading that links docs.python.org'],
        [/^:::note\[Python versions\]/m, 'a ":::note[Python versions]" box'],
        [/^```mermaid/m, 'a mermaid diagram'],
      ]
        .filter(([pattern]) => !(pattern as RegExp).test(text))
        .map(([, what]) => `${page} needs ${what}`);
      expect(missing).toEqual([]);
      expect(text.indexOf(':::info[What you will learn]')).toBeLessThan(text.indexOf('\n## '));
    });

    it(`has at least ${shape.words.toLocaleString('en')} words of prose`, () => {
      expect(proseWords(text), `${page}: prose words`).toBeGreaterThanOrEqual(shape.words);
    });

    it(`shows at least ${shape.snippets} snippets with their output`, () => {
      const withOutput = new Set(mine.filter((i) => i.showOutput).map((i) => i.file));
      expect([...withOutput].length, `${page}: snippets shown with output`).toBeGreaterThanOrEqual(shape.snippets);
    });

    it('shows a common mistake as a broken snippet and its fixed twin, both with output, in a callout', () => {
      const callout = /^:::warning\[Common mistake\]([\s\S]*?)^:::$/m.exec(text)?.[1] ?? '';
      expect(callout, `${page} needs a ":::warning[Common mistake]" callout`).not.toBe('');
      const broken = mine.filter((i) => i.showOutput && /_broken\.py$/.test(i.file) && callout.includes(i.file));
      const fixed = broken.filter((b) => mine.some((i) => i.showOutput && i.file === b.file.replace(/_broken\.py$/, '_fixed.py') && callout.includes(i.file)));
      expect(fixed.map((b) => b.file), `${page}: a *_broken.py and its *_fixed.py, both shown with output inside the callout`).not.toEqual([]);
    });
  });
}

describe('Part II', () => {
  const pages = pagesOf(SHAPES[1]);

  it('has its six chapters, 11 to 16', () => {
    expect(pages.map((p) => p.slice('docs/'.length, 'docs/NN'.length))).toEqual(['11', '12', '13', '14', '15', '16']);
  });

  it(`draws a traced run (a timeline) in at least ${PART_TWO_TIMELINES} of its chapters`, () => {
    const drawing = pages.filter((page) => report.timelines.some((t) => t.page === page));
    expect(drawing.length, `chapters with a \`\`\`timeline fence: ${drawing.join(', ') || 'none'}`).toBeGreaterThanOrEqual(PART_TWO_TIMELINES);
  });
});

describe.each(exercisePages)('exercises: %s', (page) => {
  it('ends with an "## Exercises {#exercises}" section, before the summary, holding at least one exercise that runs in the page', () => {
    const text = fs.readFileSync(path.join(SITE, page), 'utf8');
    const section = text.indexOf('\n## Exercises {#exercises}');
    expect(section, `${page} needs a "## Exercises {#exercises}" section`).toBeGreaterThan(0);
    const summary = text.indexOf('\n## Summary {#summary}');
    if (summary > 0) expect(section, 'the exercises come before the summary').toBeLessThan(summary);
    const mine = report.exercises.filter((e) => e.page === page);
    expect(mine.length, `${page}: exercises`).toBeGreaterThan(0);
    const notRunnable = mine.flatMap((e) => [e.file, e.solution]).filter((id) => !runnable.has(id));
    expect(notRunnable, 'an exercise and its solution must run in the browser (src/runnable-snippets.json)').toEqual([]);
  });
});

describe('proseWords', () => {
  it('counts the words of the prose and nothing else', () => {
    const mdx = '---\ntitle: T\n---\nimport X from "y";\n\n## Two words {#two}\n\n```python file=a.py\n```\n\nThree more <b>words</b>.\n';
    expect(proseWords(mdx)).toBe(5);
  });
});
