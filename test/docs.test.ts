// The real pages: every fence is a snippet include, a diagram or math; every include resolves;
// every snippet is shown somewhere; every diagram parses.
// @vitest-environment happy-dom
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {lintPages} from '../src/remark/lintPages';
import {snippetsDirOf} from '../src/snippets/catalog';
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
