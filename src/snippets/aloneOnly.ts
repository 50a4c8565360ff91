/**
 * How the tests warn of a snippet run that was right only when run again alone (right only on a
 * quiet machine), and how a test run's output is read back for those warnings (test:soak names
 * them). The reader matches the very words the warnings are written with.
 */

/** What test/snippets.test.ts says after "snippets/X.py on CPython 3.12.1 at /path". */
const ON_CPYTHON = ' printed its expected output only when run alone';
/** What test/pyodide.test.ts says after "snippets/X.py". */
const IN_PYODIDE = ': printed what its page shows in Pyodide only when run again alone';

/** The start of test/snippets.test.ts's warning: `what` is "snippets/X.py on CPython 3.12.1 at /path". */
export const aloneOnlyOnCPython = (what: string) => `${what}${ON_CPYTHON}`;

/** The start of test/pyodide.test.ts's warning for the snippet `id` ("12-when-tasks-fail/x.py"). */
export const aloneOnlyInPyodide = (id: string) => `snippets/${id}${IN_PYODIDE}`;

const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WARNING = new RegExp(`(snippets\\/[^\\s:]+)(?: on (CPython [\\d.]+) at \\S+${literally(ON_CPYTHON)}|${literally(IN_PYODIDE)})`, 'g');

/**
 * The snippet runs that a test run's output warns were right only when run again alone, each as
 * "snippets/X.py on CPython 3.12.1" or "snippets/X.py in Pyodide", once each.
 */
export function rightOnlyAlone(output: string): string[] {
  const found = output.matchAll(WARNING);
  return [...new Set([...found].map(([, file, python]) => `${file} ${python ? `on ${python}` : 'in Pyodide'}`))];
}
