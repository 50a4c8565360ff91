/**
 * Keeps mermaid out of the chunk every page loads. The theme already imports mermaid lazily,
 * but Docusaurus's `common` cache group pulls any module shared by half the pages into one
 * eagerly loaded chunk, and that swallowed ~790 KB of mermaid. Here `common` is told to leave
 * mermaid's dependency tree alone, so it stays in the lazy chunks fetched when a diagram renders.
 */
import type {Plugin} from '@docusaurus/types';
import type {Module} from 'webpack';

/** Modules that reach the client bundle only through mermaid. */
export const MERMAID_ONLY =
  /[\\/]node_modules[\\/](mermaid|@mermaid-js|cytoscape[^\\/]*|dagre-d3-es|d3[^\\/]*|khroma|dompurify|katex|marked|roughjs|stylis|lodash-es|@braintree|@iconify|@upsetjs|@chevrotain|chevrotain[^\\/]*|langium|vscode-[^\\/]*|layout-base|cose-base|delaunator|robust-predicates|internmap|dayjs|ts-dedent|uuid|hachure-fill|points-on-[^\\/]*|path-data-parser)[\\/]/;

/** Whether the `common` chunk may take the module at this path. */
export function commonChunkTakes(modulePath: string): boolean {
  return !MERMAID_ONLY.test(modulePath);
}

export default function mermaidChunk(): Plugin {
  return {
    name: 'mermaid-chunk',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      const test = (module: Module) => commonChunkTakes(module.nameForCondition() ?? '');
      return {optimization: {splitChunks: {cacheGroups: {common: {test}}}}};
    },
  };
}
