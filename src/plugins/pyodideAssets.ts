/**
 * Serves Pyodide from the site itself, under /pyodide/: the five files of the pinned npm package
 * that running a program needs (about 6.3 MB gzipped), and the page's worker (src/pyodide/
 * worker.ts, bundled here on its own into worker.mjs: Pyodide runs only in a module worker, which
 * the site's bundler does not make). Emitted by the bundler, so the dev server has them too. A page
 * fetches none of them until a reader presses Run.
 */
import fs from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';
import {buildSync} from 'esbuild';

/** The files loadPyodide reads (it checks that the JavaScript and WebAssembly versions match). */
export const PYODIDE_FILES = ['pyodide.mjs', 'pyodide.asm.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'];

/** Where the files are served, under the site's base path. */
export const PYODIDE_PATH = 'pyodide/';

/** Bundles the page's worker (with the session code and runner.py) into one ES module. */
export function buildWorker(siteDir: string): string {
  const {outputFiles} = buildSync({
    entryPoints: [path.join(siteDir, 'src/pyodide/worker.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    loader: {'.py': 'text'},
    legalComments: 'none',
  });
  return outputFiles[0].text;
}

export default function pyodideAssets(context: {siteDir: string}): Plugin {
  const dir = path.dirname(createRequire(__filename).resolve('pyodide/package.json'));
  return {
    name: 'pyodide-assets',
    configureWebpack(_config, isServer, {currentBundler}) {
      if (isServer) return {};
      const {CopyRspackPlugin} = currentBundler.instance as unknown as {CopyRspackPlugin?: new (options: object) => object};
      if (!CopyRspackPlugin) throw new Error('pyodide-assets copies Pyodide with Rspack (future.faster in docusaurus.config.ts)');
      const worker = path.join(context.siteDir, 'node_modules/.cache/pyodide-worker/worker.mjs');
      fs.mkdirSync(path.dirname(worker), {recursive: true});
      fs.writeFileSync(worker, buildWorker(context.siteDir));
      const patterns = [...PYODIDE_FILES.map((file) => ({from: path.join(dir, file), to: `${PYODIDE_PATH}${file}`})), {from: worker, to: `${PYODIDE_PATH}worker.mjs`}];
      return {plugins: [new CopyRspackPlugin({patterns}) as never]};
    },
  };
}
