/**
 * A stock Docusaurus site of one page, for the benchmarks to hold this site against: the classic
 * preset as `create-docusaurus` makes it (plus math, as Docusaurus documents it), nothing of this
 * site's own (no plugins, components or CSS), and one doc holding a chapter's text with each
 * snippet include pasted in as an ordinary code block and its output as another.
 */
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {SITE} from '../site/build';
import {findSnippet, snippetsDirOf} from '../snippets/catalog';
import {parseInclude} from '../snippets/include';
import {extractRegion} from '../snippets/region';

export const STOCK_ROUTE = '/stock';

const CONFIG = `
const {themes} = require('prism-react-renderer');
module.exports = {
  title: 'Stock Docusaurus',
  url: 'https://example.org',
  baseUrl: '/',
  future: {v4: true, faster: true},
  // The chapter links to others that this one-page site does not have.
  onBrokenLinks: 'ignore',
  markdown: {mdx1Compat: {headingIds: true}, hooks: {onBrokenMarkdownLinks: 'ignore'}},
  presets: [['classic', {
    docs: {routeBasePath: '/', remarkPlugins: [require('remark-math').default], rehypePlugins: [require('rehype-katex').default]},
    blog: false,
    theme: {customCss: [require.resolve('katex/dist/katex.min.css')]},
  }]],
  themeConfig: {prism: {theme: themes.vsLight, darkTheme: themes.gruvboxMaterialDark}},
};
`;

/** The chapter's text with each ```python file=...``` include replaced by the code it shows. */
export function pasteSnippets(mdx: string, where: string): string {
  const snippetsDir = snippetsDirOf(SITE);
  return mdx.replace(/^```python (file=[^\n]*)\n```$/gm, (_, meta: string) => {
    const include = parseInclude(meta, where);
    const snippet = findSnippet(snippetsDir, include.file, where);
    const code = extractRegion(fs.readFileSync(snippet.absPath, 'utf8'), include.region).trimEnd();
    const output = include.showOutput ? fs.readFileSync(path.join(snippet.dir, snippet.outputs[0].file), 'utf8').trimEnd() : undefined;
    return `\`\`\`python title="snippets/${include.file}"\n${code}\n\`\`\`${output === undefined ? '' : `\n\n\`\`\`text\n${output}\n\`\`\``}`;
  });
}

/** Writes the stock site into `dir` and builds it; returns the build folder. */
export function buildStockSite(dir: string, chapterFile: string): string {
  fs.mkdirSync(path.join(dir, 'docs'), {recursive: true});
  fs.symlinkSync(path.join(SITE, 'node_modules'), path.join(dir, 'node_modules'));
  fs.writeFileSync(path.join(dir, 'package.json'), '{"private": true}\n');
  fs.writeFileSync(path.join(dir, 'docusaurus.config.js'), CONFIG);
  const mdx = fs.readFileSync(path.join(SITE, chapterFile), 'utf8').replace(/^slug: .*$/m, `slug: ${STOCK_ROUTE}`);
  fs.writeFileSync(path.join(dir, 'docs/page.mdx'), pasteSnippets(mdx, chapterFile));
  const out = path.join(dir, 'build');
  execFileSync('npx', ['docusaurus', 'build', '--out-dir', out], {cwd: dir, stdio: ['ignore', 'ignore', 'inherit']});
  return out;
}
