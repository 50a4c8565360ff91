// Math as the pages compile it: rehype-katex, then each formula as one element holding KaTeX's
// HTML as a string (src/rehype/katexHtml.ts): the same HTML on the server, none of it as JSX, and
// a page that hydrates without a mismatch and keeps its formulas' HTML.
// @vitest-environment happy-dom
import {compile, run} from '@mdx-js/mdx';
import katex from 'katex';
import {act, createElement, type ComponentType, type ReactElement} from 'react';
import * as runtime from 'react/jsx-runtime';
// @ts-expect-error react-dom has no types here (@types/react-dom is not a dependency); typed below.
import {hydrateRoot as hydrateUntyped} from 'react-dom/client';
// @ts-expect-error as above
import {renderToStaticMarkup as renderUntyped} from 'react-dom/server';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import {describe, expect, it} from 'vitest';
import rehypeKatexHtml from '../src/rehype/katexHtml';

const hydrateRoot = hydrateUntyped as (container: Element, element: ReactElement, options: {onRecoverableError: (error: unknown) => void}) => {unmount(): void};
const renderToStaticMarkup = renderUntyped as (element: ReactElement) => string;
(globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean}).IS_REACT_ACT_ENVIRONMENT = true;

const PAGE = [
  'Call the waits $t_1, t_2 < 3 \\& x$, then:',
  '',
  '$$',
  'T_{seq} = \\sum_i t_i \\quad \\sqrt{2} \\xrightarrow{f} y',
  '$$',
  '',
  '- A list item with $\\max_i t_i$ in it.',
  '',
  'And one KaTeX cannot read: $\\frac{1$.',
].join('\n');

async function html(rehypePlugins: unknown[]): Promise<{code: string; html: string; Content: ComponentType}> {
  const code = String(await compile(PAGE, {remarkPlugins: [remarkMath], rehypePlugins: rehypePlugins as never}));
  const {default: Content} = await run(await compile(PAGE, {remarkPlugins: [remarkMath], rehypePlugins: rehypePlugins as never, outputFormat: 'function-body'}), {...runtime, baseUrl: import.meta.url});
  return {code, html: renderToStaticMarkup(createElement(Content)), Content};
}

describe('rehype-katex-html', () => {
  it('renders the same HTML as rehype-katex alone', async () => {
    // React writes KaTeX's style attributes without their last ";" and closes its MathML and SVG
    // elements with an end tag, where KaTeX writes "<path .../>": the same to a browser.
    const same = (text: string) => text.replace(/;"/g, '"').replace(/<(\w+)([^<>]*)\/>/g, '<$1$2></$1>');
    const before = await html([rehypeKatex]);
    const after = await html([rehypeKatex, rehypeKatexHtml]);
    expect(same(after.html)).toBe(same(before.html));
    expect(after.html).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML">');
    expect(after.html).toContain('katex-error');
  });

  it('puts each formula in the script as one string, not as JSX', async () => {
    const {code} = await html([rehypeKatex, rehypeKatexHtml]);
    expect(code.match(/dangerouslySetInnerHTML/g)).toHaveLength(3);
    // No KaTeX span is left as a JSX element.
    expect(code).not.toMatch(/className: "(mord|katex-html|katex-mathml)/);
    const inline = katex.renderToString('t_1, t_2 < 3 \\& x');
    expect(code).toContain(JSON.stringify(inline.slice('<span class="katex">'.length, -'</span>'.length)));
    expect(code).toContain('className: "katex-display"');
    // The formula KaTeX could not render is left as rehype-katex wrote it.
    expect(code).toContain('className: "katex-error"');
  });

  it('hydrates without a mismatch, keeping each formula\'s HTML', async () => {
    const {html: served, Content} = await html([rehypeKatex, rehypeKatexHtml]);
    const container = document.createElement('div');
    container.innerHTML = served;
    document.body.append(container);
    const before = container.innerHTML;
    const formula = container.querySelector('.katex-html');
    const errors: unknown[] = [];
    const root = await act(async () => hydrateRoot(container, createElement(Content), {onRecoverableError: (error) => errors.push(error)}));
    expect(errors).toEqual([]);
    expect(container.innerHTML).toBe(before);
    // The very element the page arrived with, not one React made again.
    expect(container.querySelector('.katex-html')).toBe(formula);
    act(() => root.unmount());
    container.remove();
  });

  it('fails the build when its options are not rehype-katex\'s', async () => {
    const options = {output: 'mathml'} as const;
    const page = 'A sum: $\\sum_i t_i$';
    await expect(compile(page, {remarkPlugins: [remarkMath], rehypePlugins: [[rehypeKatex, options], rehypeKatexHtml]})).rejects.toThrow(/same options/);
    await expect(compile(page, {remarkPlugins: [remarkMath], rehypePlugins: [[rehypeKatex, options], [rehypeKatexHtml, options]]})).resolves.toBeTruthy();
  });
});
