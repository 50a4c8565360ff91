/**
 * How the site highlights code (src/components/Code/highlight.ts), as the bundler needs it:
 * - the stylesheet that gives its token classes the colours of the site's two code themes
 *   (themeConfig.prism), written at build time and bundled with the site's other styles, so a code
 *   block carries class names, not colours;
 * - its own small Prism (src/components/Code/prism) in place of prism-react-renderer, which
 *   Docusaurus imports in every page's main script (to set Prism up for its code blocks, which
 *   src/theme/CodeBlock replaces): pages then load one language, not a dozen.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {tokenColoursCss, type PrismTheme} from '../components/Code/highlight';

export default function codeHighlighting(context: LoadContext): Plugin {
  const {prism} = context.siteConfig.themeConfig as {prism?: {theme?: PrismTheme; darkTheme?: PrismTheme; additionalLanguages?: string[]}};
  if (!prism?.theme || !prism.darkTheme) throw new Error('code-highlighting: themeConfig.prism needs a theme and a darkTheme');
  if (prism.additionalLanguages?.length) {
    throw new Error(`code-highlighting: themeConfig.prism.additionalLanguages names ${prism.additionalLanguages.join(', ')}; the site's Prism has only its own languages: import them in src/components/Code/prism/index.ts instead`);
  }
  const file = path.join(context.generatedFilesDir, 'code-highlighting', 'token-colours.css');
  fs.mkdirSync(path.dirname(file), {recursive: true});
  fs.writeFileSync(file, tokenColoursCss(prism.theme, prism.darkTheme));
  return {
    name: 'code-highlighting',
    getClientModules: () => [file],
    configureWebpack() {
      return {resolve: {alias: {'prism-react-renderer$': path.join(__dirname, '../components/Code/prism/index.ts')}}};
    },
  };
}
