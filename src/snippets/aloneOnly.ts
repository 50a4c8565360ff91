/**
 * How the tests warn of a snippet run that was right only when run again alone (right only on a
 * quiet machine), and how a test run's output is read back for those warnings (test:soak names
 * them). The warnings and their reader live here together so that neither changes without the other.
 */

/** The start of test/snippets.test.ts's warning: `what` is "snippets/X.py on CPython 3.12.1 at /path". */
export const aloneOnlyOnCPython = (what: string) => `${what} printed its expected output only when run alone`;

/** The start of test/pyodide.test.ts's warning for the snippet `id` ("12-when-tasks-fail/x.py"). */
export const aloneOnlyInPyodide = (id: string) => `snippets/${id}: printed what its page shows in Pyodide only when run again alone`;

/**
 * The snippet runs that a test run's output warns were right only when run again alone, each as
 * "snippets/X.py on CPython 3.12.1" or "snippets/X.py in Pyodide", once each.
 */
export function rightOnlyAlone(output: string): string[] {
  const found = output.matchAll(
    /(snippets\/[^\s:]+)(?: on (CPython [\d.]+) at \S+ printed its expected output only when run alone|: printed what its page shows in Pyodide only when run again alone)/g,
  );
  return [...new Set([...found].map(([, file, python]) => `${file} ${python ? `on ${python}` : 'in Pyodide'}`))];
}
