// Inline code and plain lists compile to the elements themselves (src/rehype/plainElements.ts), not
// to the components Docusaurus maps them to; code blocks, footnotes and task lists keep theirs.
import {compile} from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import {describe, expect, it} from 'vitest';
import rehypePlainElements from '../src/rehype/plainElements';

const PAGE = [
  'Call `asyncio.run(main())` once.[^1]',
  '',
  '- a plain item with `code`',
  '- another',
  '',
  '1. numbered',
  '',
  '- [ ] a task',
  '',
  '```',
  'a block',
  '```',
  '',
  '[^1]: A footnote.',
].join('\n');

async function code(withStep: boolean): Promise<string> {
  return String(await compile(PAGE, {remarkPlugins: [remarkGfm], rehypePlugins: withStep ? [rehypePlainElements] : [], providerImportSource: '@mdx-js/react'}));
}

describe('rehype-plain-elements', () => {
  it('renders inline code and plain lists as elements', async () => {
    const before = await code(false);
    const after = await code(true);
    // Without the step, MDX looks each up in the components it is given.
    expect(before).toMatch(/_jsx\(_components\.code, \{\s*children: "asyncio\.run\(main\(\)\)"/);
    expect(after).toMatch(/_jsx\("code", \{\s*children: "asyncio\.run\(main\(\)\)"/);
    expect(after).toMatch(/_jsx\("code", \{\s*children: "code"/);
    expect(after).toMatch(/_jsxs?\("li", \{\s*children: \[?"another"/);
    expect(after).toMatch(/_jsxs?\("ul", \{/);
  });

  it('leaves code blocks, footnotes and task lists to their components', async () => {
    const after = await code(true);
    // The block's code, inside its pre.
    expect(after).toMatch(/_jsx\(_components\.pre, \{\s*children: _jsx\(_components\.code, \{\s*children: "a block\\n"/);
    // The footnote's item has an id; the task list and its item have classes.
    expect(after).toMatch(/_jsxs?\(_components\.li, \{\s*id: "user-content-fn-1"/);
    expect(after).toMatch(/_jsxs?\(_components\.ul, \{\s*className: "contains-task-list"/);
    expect(after).toMatch(/_jsxs?\(_components\.li, \{\s*className: "task-list-item"/);
  });
});
