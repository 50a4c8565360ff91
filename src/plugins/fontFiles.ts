/**
 * Fonts stay files. Docusaurus's bundler inlines any asset under 10 KB into whatever imports it, as
 * a base64 data URI; KaTeX's stylesheet names 60 font files and 14 of them are that small, so
 * ~119 KB of base64 fonts (mostly ones this site never draws with) rode in the one stylesheet that
 * every page waits for before it shows anything: 231 KB, 105 KB gzipped; with the fonts as files,
 * 114 KB, 22 KB gzipped. A font file is fetched only by a page that draws with it.
 * (test/site.test.ts checks that no stylesheet inlines a font.)
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';
import {cssUrls, htmlFiles} from '../site/html';

/**
 * The fonts a formula's line height depends on: KaTeX's text (Main-Regular) and its variables
 * (Math-Italic). Drawn first in a fallback font, a page's inline formulas made their lines a pixel
 * taller or shorter (25 px over the first chapter); when the fonts arrived after the browser had
 * scrolled to a linked section, the text under the reader moved. Pages with math preload them.
 */
export const MATH_FONTS = ['KaTeX_Main-Regular', 'KaTeX_Math-Italic'];

/** The URLs of MATH_FONTS' woff2 files, as the site's stylesheet names them. */
function mathFontUrls(css: string): string[] {
  const urls = cssUrls(css);
  return MATH_FONTS.map((font) => {
    const url = urls.find((u) => u.endsWith('.woff2') && u.split('/').pop()!.startsWith(`${font}-`));
    if (!url) throw new Error(`font-files: the stylesheet names no woff2 file of ${font}`);
    return url;
  });
}

/** Whether a built page shows a KaTeX formula. */
const hasMath = (html: string) => /class="?katex[\s">]/.test(html);

/**
 * `html` with a preload of each font in `urls` at the end of its <head>, if it shows math.
 * (crossorigin: fonts are fetched in CORS mode, and a preload without it would be fetched twice.)
 */
function withFontPreloads(html: string, urls: string[]): string {
  if (!hasMath(html)) return html;
  const links = urls.map((url) => `<link rel="preload" href="${url}" as="font" type="font/woff2" crossorigin="anonymous">`).join('');
  return html.replace('</head>', `${links}</head>`);
}

interface Rule {
  test?: unknown;
  use?: {loader?: string; options?: Record<string, unknown>}[];
  oneOf?: Rule[];
  rules?: Rule[];
}

/** The font rules of a bundler configuration (those whose test matches a .woff2 file). */
export function fontRules(rules: Rule[]): Rule[] {
  return rules.flatMap((rule) => [
    ...(rule.test instanceof RegExp && rule.test.test('font.woff2') ? [rule] : []),
    ...fontRules(rule.oneOf ?? []),
    ...fontRules(rule.rules ?? []),
  ]);
}

export default function fontFiles(): Plugin {
  return {
    name: 'font-files',
    configureWebpack(config) {
      const rules = fontRules((config.module?.rules ?? []) as Rule[]);
      const loaders = rules.flatMap((rule) => rule.use ?? []).filter((use) => use.loader?.includes('url-loader'));
      if (loaders.length === 0) throw new Error('font-files: found no url-loader rule for fonts in the bundler configuration');
      // url-loader with limit false never inlines: it hands every font to its fallback, file-loader.
      for (const use of loaders) use.options = {...use.options, limit: false};
      return {};
    },
    async postBuild({outDir}) {
      const cssDir = path.join(outDir, 'assets/css');
      const css = fs.readdirSync(cssDir).map((file) => fs.readFileSync(path.join(cssDir, file), 'utf8')).join('\n');
      const urls = mathFontUrls(css);
      for (const file of htmlFiles(outDir)) {
        const html = fs.readFileSync(file, 'utf8');
        const preloaded = withFontPreloads(html, urls);
        if (preloaded !== html) fs.writeFileSync(file, preloaded);
      }
    },
  };
}
