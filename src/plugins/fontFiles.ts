/**
 * Fonts stay files. Docusaurus's bundler inlines any asset under 10 KB into whatever imports it, as
 * a base64 data URI; KaTeX's stylesheet names 60 font files and 14 of them are that small, so
 * ~119 KB of base64 fonts (mostly ones this site never draws with) rode in the one stylesheet that
 * every page waits for before it shows anything: 231 KB, 105 KB gzipped; with the fonts as files,
 * 114 KB, 22 KB gzipped. A font file is fetched only by a page that draws with it.
 * (test/site.test.ts checks that no stylesheet inlines a font.)
 */
import type {Plugin} from '@docusaurus/types';

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
  };
}
