// Highlighted code as the site ships it (src/components/Code/highlight.ts): runs of one colour as
// elements whose classes name their colours, the stylesheet that gives those classes the themes'
// colours (tokenColoursCss), and no element per line or per token. Checked against Docusaurus's
// own highlighter, prism-react-renderer, on every snippet the site shows.
import fs from 'node:fs';
import path from 'node:path';
import {Highlight, themes, type HighlightProps, type PrismTheme as RendererTheme} from 'prism-react-renderer';
import {createElement, Fragment, type ReactElement} from 'react';
// @ts-expect-error react-dom has no types here (@types/react-dom is not a dependency); typed below.
import {renderToStaticMarkup as renderUntyped} from 'react-dom/server';
import {describe, expect, it} from 'vitest';
import {highlightHtml, tokenColoursCss, type PrismTheme} from '../src/components/Code/highlight';
import {loadSnippets} from '../src/snippets/catalog';

const renderToStaticMarkup = renderUntyped as (element: ReactElement) => string;
const LIGHT = themes.vsLight;
const DARK = themes.gruvboxMaterialDark;
const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** What colour each class gives in each mode, read from the stylesheet. */
function classColours(css: string): Map<string, {mode: 'l' | 'd'; colour: string}> {
  const colours = new Map<string, {mode: 'l' | 'd'; colour: string}>();
  for (const [, name, mode, colour] of css.matchAll(/\.code-lines \.(([ld])\d+)\{--[ld]:([^}]+)\}/g)) colours.set(name, {mode: mode as 'l' | 'd', colour});
  return colours;
}

/** The inner HTML of a block as runs: the text of each, and its classes ('' outside any element). */
function runsOf(html: string): {classes: string; text: string}[] {
  const inner = html.replace(/^<span class="code-lines" style="[^"]*">/, '').replace(/<\/span>$/, '');
  const runs: {classes: string; text: string}[] = [];
  for (const [, classes, coloured, plain] of inner.matchAll(/<span class="([^"]+)">([^<]*)<\/span>|([^<]+)/g)) {
    runs.push({classes: classes ?? '', text: unescape(coloured ?? plain)});
  }
  return runs;
}

/** The colour of each character as the site shows it in one mode ('' for the block's own colour). */
function siteColours(code: string, mode: 'l' | 'd'): string[] {
  const colours = classColours(tokenColoursCss(LIGHT, DARK));
  return runsOf(highlightHtml(code, 'python', LIGHT, DARK)).flatMap(({classes, text}) => {
    const colour = classes.split(' ').map((name) => colours.get(name)).find((c) => c?.mode === mode)?.colour ?? '';
    return [...text].map(() => colour);
  });
}

/** The colour of each character as prism-react-renderer's <Highlight> colours it in `theme`. */
function rendererColours(code: string, theme: RendererTheme): string[] {
  const colours: string[] = [];
  const collect: HighlightProps['children'] = ({tokens, getTokenProps}) => {
    tokens.forEach((line, i) => {
      if (i > 0) colours.push('');
      for (const token of line) {
        if (token.empty) continue;
        const colour = getTokenProps({token}).style?.color ?? '';
        for (const _ of token.content) colours.push(colour);
      }
    });
    return createElement(Fragment);
  };
  renderToStaticMarkup(createElement(Highlight, {code, language: 'python', theme, children: collect}));
  return colours;
}

/** Keeps the colours of the characters that show one: blank space has none to see. */
const visible = (code: string, colours: string[]) => [...code].map((ch, i) => (/\s/.test(ch) ? ' ' : `${ch}:${colours[i]}`));

const SNIPPETS = loadSnippets(path.resolve('snippets')).map((s) => ({id: s.id, code: fs.readFileSync(s.absPath, 'utf8').replace(/\n$/, '')}));

describe('highlighted code', () => {
  it('gives every character of every snippet the colour Docusaurus\'s highlighter gives it, in both themes', () => {
    expect(SNIPPETS.length).toBeGreaterThan(100);
    for (const {id, code} of SNIPPETS) {
      for (const [mode, theme] of [['l', LIGHT], ['d', DARK]] as const) {
        expect(visible(code, siteColours(code, mode)), `${id} (${mode === 'l' ? 'light' : 'dark'})`).toEqual(visible(code, rendererColours(code, theme)));
      }
    }
  });

  it('keeps the text as it is, and its lines as lines, with no element per line', () => {
    for (const {id, code} of SNIPPETS) {
      const html = highlightHtml(code, 'python', LIGHT, DARK);
      expect(runsOf(html).map((run) => run.text).join(''), id).toBe(code);
      expect(html, id).not.toMatch(/token-line|style="--[ld]:/);
    }
  });

  it('puts neighbouring tokens of one colour, and the spaces between them, in one element', () => {
    const html = highlightHtml('async def main() -> None:\n    pass', 'python', LIGHT, DARK);
    expect(runsOf(html)).toEqual([
      {classes: 'l9 d6', text: 'async def'},
      {classes: '', text: ' '},
      {classes: 'l9 d0', text: 'main'},
      {classes: 'l8', text: '()'},
      {classes: '', text: ' '},
      {classes: 'l3 d5', text: '->'},
      {classes: '', text: ' '},
      {classes: 'd6', text: 'None'},
      {classes: 'l8', text: ':'},
      {classes: '', text: '\n    '},
      {classes: 'l9 d6', text: 'pass'},
    ]);
  });

  it('names each colour of each theme once in its stylesheet, the light ones for --l and the dark for --d', () => {
    const theme = (colours: string[]): PrismTheme => ({plain: {}, styles: colours.map((color, i) => ({types: [`t${i}`], style: {color}}))});
    expect(tokenColoursCss(theme(['red', 'blue', 'red']), theme(['#000']))).toBe('.code-lines .l0{--l:red}\n.code-lines .l1{--l:blue}\n.code-lines .d0{--d:#000}\n');
  });
});
