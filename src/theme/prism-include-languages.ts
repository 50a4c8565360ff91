/**
 * Docusaurus loads the Prism languages that themeConfig.prism.additionalLanguages names through
 * this module, and to look them up its own version bundles Prism's catalogue of every language
 * (~25 KB of every page's main script). The site names none: its pages show Python, which the
 * site's own Prism has (src/components/Code/prism), and src/plugins/codeHighlighting.ts stops the
 * build if a language is ever named there.
 */
export default function prismIncludeLanguages(): void {}
