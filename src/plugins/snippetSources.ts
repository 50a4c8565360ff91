/**
 * Lets pages import snippet files as text (`import code from '@site/snippets/x.py?raw'`).
 * Importing through the bundler, rather than reading files in the remark plugin, is what makes
 * the dev server refresh a page when its snippet or expected output changes.
 */
import type {Plugin} from '@docusaurus/types';

export default function snippetSources(): Plugin {
  return {
    name: 'snippet-sources',
    configureWebpack() {
      return {module: {rules: [{resourceQuery: /raw/, type: 'asset/source'}]}};
    },
  };
}
