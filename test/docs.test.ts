// The real pages: every fence is a snippet include, a diagram or math; every include resolves;
// every snippet is shown somewhere; every diagram parses and has its drawing's size measured.
// @vitest-environment happy-dom
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {lintPages} from '../src/remark/lintPages';
import {snippetsDirOf} from '../src/snippets/catalog';
import {diagramKey, type DiagramSizes} from '../src/theme/diagramText';
import {mermaidProblems} from './support/mermaid';

const site = path.resolve(__dirname, '..');
const report = lintPages(site, snippetsDirOf(site));

describe('docs/ and blog/', () => {
  it('have no code fence that is not a snippet include, diagram or math, and no orphan snippet', () => {
    expect(report.problems).toEqual([]);
  });

  it('show at least one snippet', () => {
    expect(report.used.size).toBeGreaterThan(0);
  });

  it('have only mermaid diagrams that parse', async () => {
    expect(report.mermaid.length).toBeGreaterThan(0);
    expect(await mermaidProblems(report.mermaid)).toEqual([]);
  });
});

describe('src/diagram-sizes.json', () => {
  const sizes = JSON.parse(fs.readFileSync(path.join(site, 'src/diagram-sizes.json'), 'utf8')) as DiagramSizes;
  const keys = new Map(report.mermaid.map((block) => [diagramKey(block.text), block.where]));

  it('holds the size of every diagram, so its space is reserved before it is drawn', () => {
    const missing = [...keys].filter(([key]) => !(key in sizes)).map(([, where]) => `${where}: diagram not measured; run npm run diagrams:measure`);
    expect(missing).toEqual([]);
  });

  it('holds no size of a diagram that no page has any more', () => {
    const stale = Object.keys(sizes).filter((key) => !keys.has(key)).map((key) => `${key}: no page has this diagram; run npm run diagrams:measure`);
    expect(stale).toEqual([]);
  });
});
