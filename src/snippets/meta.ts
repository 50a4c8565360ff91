/**
 * What the test needs to know about a snippet but the reader does not: declared once per chapter
 * folder in `snippets/NN-slug/meta.json`, keyed by file name. A snippet with no entry gets the
 * defaults below.
 *
 *   {
 *     "fetch_with_aiohttp.py": {"needs": ["aiohttp"], "timeout": 20},
 *     "starving_broken.py": {"exit": 1},
 *     "runner_context.py": {"minPython": "3.11"},
 *     "debug_mode_stacks.py": {"fresh": true}
 *   }
 */
import {SnippetError} from './region';
import {PYTHON_RANGE, compareVersions, parseVersion} from './versions';

export interface SnippetMeta {
  /** Oldest CPython (major.minor) the snippet runs on. */
  minPython: string;
  /** Exit status the snippet is expected to end with (non-zero for a snippet that shows an error). */
  exit: number;
  /** Importable modules beyond the standard library, e.g. "aiohttp". */
  needs: string[];
  /** Seconds a run may take before the test fails it. */
  timeout: number;
  /**
   * Test it in a newly started interpreter, never a warm one (runSnippetWarm): for a snippet that
   * prints the interpreter's whole call stack (asyncio debug mode's "created at" stacks), where a
   * warm run's own frames would show.
   */
  fresh: boolean;
}

export const DEFAULT_META: SnippetMeta = {
  minPython: PYTHON_RANGE.oldest,
  exit: 0,
  needs: [],
  timeout: 10,
  fresh: false,
};

export const META_FILE = 'meta.json';

const KEYS = new Set(Object.keys(DEFAULT_META));

function checkEntry(where: string, entry: unknown): SnippetMeta {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    throw new SnippetError(`${where}: must be an object like {"exit": 1}`);
  }
  for (const key of Object.keys(entry)) {
    if (!KEYS.has(key)) {
      throw new SnippetError(`${where}: unknown key "${key}" (known: ${[...KEYS].join(', ')})`);
    }
  }
  const meta = {...DEFAULT_META, ...(entry as Partial<SnippetMeta>)};
  try {
    parseVersion(meta.minPython);
  } catch {
    throw new SnippetError(`${where}: minPython must look like "3.11", got ${JSON.stringify(meta.minPython)}`);
  }
  if (compareVersions(meta.minPython, PYTHON_RANGE.oldest) < 0) {
    throw new SnippetError(`${where}: minPython ${meta.minPython} is older than the site's range (${PYTHON_RANGE.oldest})`);
  }
  if (!Number.isInteger(meta.exit) || meta.exit < 0 || meta.exit > 255) {
    throw new SnippetError(`${where}: exit must be a whole number from 0 to 255`);
  }
  if (!Array.isArray(meta.needs) || !meta.needs.every((n) => typeof n === 'string' && /^[\w.]+$/.test(n))) {
    throw new SnippetError(`${where}: needs must be a list of module names, e.g. ["aiohttp"]`);
  }
  if (typeof meta.timeout !== 'number' || !(meta.timeout > 0) || meta.timeout > 120) {
    throw new SnippetError(`${where}: timeout must be a number of seconds from 1 to 120`);
  }
  if (typeof meta.fresh !== 'boolean') throw new SnippetError(`${where}: fresh must be true or false`);
  return meta;
}

/**
 * Parses one chapter folder's meta.json text. `snippetNames` are the .py files in that folder, so
 * an entry for a file that does not exist is caught (usually a rename that left the entry behind).
 */
export function parseMetaFile(text: string, file: string, snippetNames: string[]): Map<string, SnippetMeta> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new SnippetError(`${file}: is not valid JSON (${(error as Error).message})`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new SnippetError(`${file}: must be an object keyed by snippet file name`);
  }
  const result = new Map<string, SnippetMeta>();
  for (const [name, entry] of Object.entries(raw)) {
    if (!snippetNames.includes(name)) {
      throw new SnippetError(`${file}: has an entry for "${name}", which is not a snippet in this folder`);
    }
    result.set(name, checkEntry(`${file}: "${name}"`, entry));
  }
  return result;
}
