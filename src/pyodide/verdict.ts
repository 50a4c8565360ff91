/**
 * How a reader's run compares with the output the page shows: the same, different only in its
 * numbers (as timings can be on a slow or busy device), or different. Pure: the page and its tests
 * use it alike.
 */
import {normaliseOutput} from '../snippets/outputs';

/** Where Pyodide keeps its standard library and runs programs, shown as the pages show them. */
const PYODIDE = {repoRoot: '/home/pyodide/run', libraryDirs: ['/lib/python314.zip', '/lib/python3.14']};

export type Likeness = 'same' | 'numbers' | 'different';

export function compareOutputs(printed: string, expected: string): Likeness {
  const mine = normaliseOutput(printed, PYODIDE).trimEnd();
  const shown = expected.trimEnd();
  if (mine === shown) return 'same';
  const digits = (text: string) => text.replace(/\d+(\.\d+)?/g, '#');
  return digits(mine) === digits(shown) ? 'numbers' : 'different';
}
