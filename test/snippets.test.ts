// Every snippet in snippets/, on every CPython found in its range: the output a page shows is the
// output the snippet prints. Which interpreters ran is printed at the start.
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadSnippets, snippetsDirOf} from '../src/snippets/catalog';
import {expectedFor, interpretersFor, noInterpreterMessage, runOn} from '../src/snippets/matrix';
import {describeInterpreter, discoverInterpreters} from '../src/snippets/python';
import {checkRun} from '../src/snippets/verify';
import {compareVersions} from '../src/snippets/versions';

const site = path.resolve(__dirname, '..');
const snippets = loadSnippets(snippetsDirOf(site));
const {usable, skipped} = discoverInterpreters([...new Set(snippets.flatMap((s) => s.meta.needs))]);

console.log(
  [
    `Running ${snippets.length} snippets on ${usable.length} interpreters:`,
    ...usable.map((i) => `  ${describeInterpreter(i)}`),
    ...skipped.map((s) => `  not used: ${s}`),
  ].join('\n'),
);

describe('interpreters', () => {
  it('include a CPython 3.11 or newer', () => {
    const modern = usable.filter((i) => compareVersions(i.version, '3.11') >= 0);
    expect(modern.length, 'no CPython 3.11+ found: apt-get install python3 (Debian 12 gives 3.11), or install one with pyenv').toBeGreaterThan(0);
  });
});

describe.concurrent.each(snippets)('snippets/$id', (snippet) => {
  const missing = noInterpreterMessage(snippet, usable);
  if (missing) {
    it('has an interpreter to run on', () => {
      expect.fail(missing);
    });
    return;
  }
  for (const interpreter of interpretersFor(snippet, usable)) {
    it(`prints its expected output on CPython ${interpreter.version} (${interpreter.command})`, {timeout: (snippet.meta.timeout + 10) * 1000}, async () => {
      const expected = expectedFor(snippet, interpreter);
      const run = await runOn(snippet, interpreter, site);
      const what = `snippets/${snippet.id} on ${describeInterpreter(interpreter)}`;
      const problem = checkRun({what, meta: snippet.meta, result: run.result, output: run.output, expected});
      if (problem) expect.fail(problem);
    });
  }
});
