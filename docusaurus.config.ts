import type * as Preset from '@docusaurus/preset-classic';
import type {Config} from '@docusaurus/types';
import {themes as prismThemes} from 'prism-react-renderer';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import rehypeKatexHtml from './src/rehype/katexHtml';
import rehypePlainElements from './src/rehype/plainElements';
import rehypeStaticBlocks from './src/rehype/staticBlocks';
import codeHighlighting from './src/plugins/codeHighlighting';
import courseMap from './src/plugins/courseMap';
import fontFiles from './src/plugins/fontFiles';
import glossary from './src/plugins/glossary';
import pagefind from './src/plugins/pagefind';
import pyodideAssets from './src/plugins/pyodideAssets';
import snippetSources from './src/plugins/snippetSources';
import socialCards from './src/plugins/socialCards';
import remarkDiagrams from './src/remark/diagrams';
import remarkGlossaryLinks from './src/remark/glossaryLinks';
import remarkSnippetInclude from './src/remark/snippetInclude';

// Where the site is published. GitHub Pages serves a project under /<repo>/, so both can be set.
const SITE_URL = process.env.SITE_URL ?? 'https://async-python.example.org';
const BASE_URL = process.env.BASE_URL ?? '/';
// Where the site's source lives, for each page's "Edit this page" link (REPO_URL/edit/REPO_BRANCH/docs/NN-slug.mdx).
const REPO_URL = (process.env.REPO_URL ?? 'https://github.com/example/async-python').replace(/\/$/, '');
const REPO_BRANCH = process.env.REPO_BRANCH ?? 'main';
const EDIT_URL = `${REPO_URL}/edit/${REPO_BRANCH}/`;
const BLOG_TITLE = 'Learning journal';
// Every page, chapter or journal post, gets math, diagrams drawn ahead of time (npm run
// diagrams:render) and tested snippet includes.
const remarkPlugins = [
  remarkMath,
  [remarkDiagrams, {siteDir: __dirname}],
  [remarkSnippetInclude, {siteDir: __dirname, snippetsDir: `${__dirname}/snippets`}],
];
// KaTeX renders each formula at build time; the next step hands each one to React as an HTML
// string, so a page's script carries no formula as JSX and React hydrates one element per formula
// (src/rehype/katexHtml.ts). Both take the same KaTeX options (none). Inline code and plain lists
// are then rendered as the elements themselves, not through Docusaurus's MDX components
// (src/rehype/plainElements.ts). Last, each block of prose that holds nothing but HTML goes to
// React as one string, so it hydrates the block and not every element in it
// (src/rehype/staticBlocks.ts).
const rehypePlugins = [rehypeKatex, rehypeKatexHtml, rehypePlainElements, [rehypeStaticBlocks, {baseUrl: BASE_URL}]];

export default {
  title: 'Async Python, by running it',
  tagline: 'Learn asyncio from programs that run: every output on this site is what the code printed.',
  favicon: 'img/favicon.svg',
  url: SITE_URL,
  baseUrl: BASE_URL,
  trailingSlash: false,
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  // Docusaurus Faster (Rspack) needs the v4 flags. Those flags also turn off the `{#id}` heading
  // syntax, which this site relies on for links that survive a renamed heading, so it is kept below.
  // Rspack's persistent cache is off: its key ignores baseUrl, so a build for another base path
  // reused CSS whose font URLs still pointed at the old one. A cold build takes about 12 s.
  future: {v4: true, faster: {rspackPersistentCache: false}},
  i18n: {defaultLocale: 'en', locales: ['en']},
  markdown: {
    mdx1Compat: {headingIds: true},
    hooks: {onBrokenMarkdownLinks: 'throw'},
  },
  plugins: [
    snippetSources,
    // The colours of highlighted code, as a stylesheet the code blocks' classes name.
    codeHighlighting,
    // Fonts are served as files, never inlined into the stylesheet every page loads first.
    fontFiles,
    // Run in the page: Pyodide and the page's worker, served under /pyodide/.
    pyodideAssets,
    // Search: Pagefind indexes the built pages, section by section (src/search/).
    pagefind,
    // The glossary page, /glossary, from src/glossary/terms.ts.
    glossary,
    // Each chapter's, part's and post's own social card, drawn after the build (src/socialCards/).
    socialCards({journal: BLOG_TITLE}),
    // The sidebar and chapter descriptions for the landing page's map of the course.
    courseMap,
    // Published addresses never break (test/published-urls.txt): when a page moves, add
    // {from: '/chapters/old-slug', to: '/chapters/new-slug'} here.
    ['@docusaurus/plugin-client-redirects', {redirects: []}],
  ],
  presets: [
    [
      'classic',
      {
        // "Edit this page" and the date of the page's last commit (git log: deploy.yml checks out the
        // whole history for it). Chapters also link the first use of each glossary term to its entry
        // (not the journal).
        docs: {
          routeBasePath: 'chapters',
          sidebarPath: './sidebars.ts',
          editUrl: EDIT_URL,
          showLastUpdateTime: true,
          remarkPlugins: [...remarkPlugins, remarkGlossaryLinks],
          rehypePlugins,
        },
        blog: {
          routeBasePath: 'blog',
          blogTitle: BLOG_TITLE,
          blogDescription: 'Notes from learning asyncio the hard way, every snippet tested.',
          showReadingTime: true,
          editUrl: EDIT_URL,
          showLastUpdateTime: true,
          onInlineAuthors: 'ignore',
          remarkPlugins,
          rehypePlugins,
        },
        theme: {customCss: ['./src/css/custom.css', './node_modules/katex/dist/katex.min.css']},
      } satisfies Preset.Options,
    ],
  ],
  themeConfig: {
    image: 'img/social-card.png',
    colorMode: {respectPrefersColorScheme: true},
    navbar: {
      title: 'Async Python',
      logo: {alt: 'Async Python logo', src: 'img/logo.svg'},
      items: [
        {type: 'docSidebar', sidebarId: 'chapters', position: 'left', label: 'Chapters'},
        {to: '/blog', label: 'Journal', position: 'left'},
        {to: '/glossary', label: 'Glossary', position: 'left'},
      ],
    },
    footer: {
      style: 'dark',
      copyright: 'Every snippet on this site is run by its tests on CPython 3.10 to 3.13.',
    },
    // Code must stay readable (4.5:1 contrast, checked by axe): github's comments were 2.7:1 and
    // dracula's 3:1; vsLight's and gruvbox's Python tokens pass.
    prism: {theme: prismThemes.vsLight, darkTheme: prismThemes.gruvboxMaterialDark, additionalLanguages: []},
  } satisfies Preset.ThemeConfig,
} satisfies Config;
