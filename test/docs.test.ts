// The real pages: every fence is a snippet include, a diagram or math; every include resolves;
// every snippet is shown somewhere; every diagram parses and has its drawings, and no drawing is
// left over.
// @vitest-environment happy-dom
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {lintPages} from '../src/remark/lintPages';
import {snippetsDirOf} from '../src/snippets/catalog';
import {DRAWINGS_DIR, DRAWINGS_INDEX, THEMES, drawingFile, drawingKey, renderSettings, type Drawings} from '../src/diagrams/settings';
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

describe('the drawings of the diagrams (npm run diagrams:render)', () => {
  const settings = renderSettings(site);
  const drawings = JSON.parse(fs.readFileSync(path.join(site, DRAWINGS_INDEX), 'utf8')) as Drawings;
  const keys = new Map(report.mermaid.map((block) => [drawingKey(block.text, settings), block.where]));

  it('hold a drawing of every diagram\'s current text, in both colour modes', () => {
    // (The page lint above also fails on one without, with the page and line.)
    const missing = [...keys]
      .filter(([key]) => !(key in drawings) || THEMES.some((t) => !fs.existsSync(path.join(site, DRAWINGS_DIR, drawingFile(key, t)))))
      .map(([, where]) => `${where}: diagram not drawn; run npm run diagrams:render`);
    expect(missing).toEqual([]);
  });

  it('hold no drawing that no page shows any more', () => {
    const files = fs.readdirSync(path.join(site, DRAWINGS_DIR)).filter((f) => !keys.has(f.replace(/-(light|dark)\.svg$/, '')));
    const entries = Object.keys(drawings).filter((key) => !keys.has(key));
    expect([...files, ...entries], 'run npm run diagrams:render, which removes them').toEqual([]);
  });
});
