/**
 * Which snippets a reader can run in the page (src/runnable-snippets.json, written by
 * `npm run snippets:update` from runs in Pyodide: src/pyodide/programs.ts), and the files beside
 * a snippet that it imports, which a run in the page needs too. Node only (reads snippets/).
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Snippet} from './catalog';

/** The names of the modules a program imports at its top level (`import x`, `from x import y`). */
export function topLevelImports(source: string): string[] {
  return [...new Set([...source.matchAll(/^(?:from\s+([A-Za-z_]\w*)\s+import\b|import\s+([A-Za-z_]\w*))/gm)].map((m) => m[1] ?? m[2]))];
}

/** The files of a snippet's folder that it imports: snippets/08-x/toy_loop.py for `import toy_loop`. */
export function siblingModules(snippet: Snippet): string[] {
  const folder = path.posix.dirname(snippet.id);
  return topLevelImports(fs.readFileSync(snippet.absPath, 'utf8'))
    .filter((name) => fs.existsSync(path.join(snippet.dir, `${name}.py`)))
    .map((name) => `snippets/${folder}/${name}.py`);
}

/** The snippets a reader can run in the page (sorted ids), written by npm run snippets:update. */
export const RUNNABLE_FILE = 'src/runnable-snippets.json';

export function readRunnable(siteDir: string): Set<string> {
  const file = path.join(siteDir, RUNNABLE_FILE);
  return new Set(fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as string[]) : []);
}

export function writeRunnable(siteDir: string, ids: Set<string>): void {
  fs.writeFileSync(path.join(siteDir, RUNNABLE_FILE), `${JSON.stringify([...ids].sort(), null, 2)}\n`);
}
