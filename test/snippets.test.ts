// Every snippet in snippets/, on every CPython found in its range: the output a page shows is the
// output the snippet prints. Which interpreters ran is printed at the start. The runs go through
// a RunPool: many at once while they sleep, few while they use the CPU; a run that goes wrong is
// run again alone before it fails, and a pass alone is printed as a warning.
// SNIPPETS=11-,12- (what `npm run snippets:test -- 11- 12-` sets) runs only the snippets whose id
// starts with one of those.
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {loadSnippets, snippetsDirOf} from '../src/snippets/catalog';
import {checkSnippet, interpretersFor, noInterpreterMessage, type Verdict} from '../src/snippets/matrix';
import {RunPool} from '../src/snippets/pool';
import {describeInterpreter, discoverInterpreters} from '../src/snippets/python';
import {compareVersions} from '../src/snippets/versions';

const site = path.resolve(__dirname, '..');
const only = (process.env.SNIPPETS ?? '').split(',').filter(Boolean);
const snippets = loadSnippets(snippetsDirOf(site)).filter((s) => only.length === 0 || only.some((prefix) => s.id.startsWith(prefix)));
const {usable, skipped} = discoverInterpreters([...new Set(snippets.flatMap((s) => s.meta.needs))]);

console.log(
  [
    `Running ${snippets.length} snippets${only.length ? ` (those starting ${only.join(' or ')})` : ''} on ${usable.length} interpreters:`,
    ...usable.map((i) => `  ${describeInterpreter(i)}`),
    ...skipped.map((s) => `  not used: ${s}`),
  ].join('\n'),
);

const jobs = snippets.flatMap((snippet) => interpretersFor(snippet, usable).map((interpreter) => ({snippet, interpreter})));
const key = (id: string, command: string) => `${id} ${command}`;
const verdicts = new Map<string, Verdict>();

// A deadline for hung runs only: each run has its own time limit (meta.json "timeout"), and a
// busy machine may make the whole set take several times as long as on a quiet one.
beforeAll(async () => {
  const pool = RunPool.forThisMachine();
  await Promise.all(
    jobs.map(async ({snippet, interpreter}) => verdicts.set(key(snippet.id, interpreter.command), await checkSnippet(snippet, interpreter, site, pool))),
  );
  const warnings = [...verdicts.values()].flatMap((v) => (v.warning ? [v.warning] : []));
  if (warnings.length) console.warn(`${warnings.length} snippet run(s) passed only when run again alone:\n\n${warnings.join('\n\n')}`);
}, 15 * 60_000);

describe('interpreters', () => {
  it('include a CPython 3.11 or newer', () => {
    const modern = usable.filter((i) => compareVersions(i.version, '3.11') >= 0);
    expect(modern.length, 'no CPython 3.11+ found: apt-get install python3 (Debian 12 gives 3.11), or install one with pyenv').toBeGreaterThan(0);
  });
});

describe.each(snippets)('snippets/$id', (snippet) => {
  const missing = noInterpreterMessage(snippet, usable);
  if (missing) {
    it('has an interpreter to run on', () => {
      expect.fail(missing);
    });
    return;
  }
  for (const interpreter of interpretersFor(snippet, usable)) {
    it(`prints its expected output on CPython ${interpreter.version} (${interpreter.command})`, () => {
      const verdict = verdicts.get(key(snippet.id, interpreter.command));
      if (!verdict) expect.fail('not run (see the error before)');
      if (verdict.problem) expect.fail(verdict.problem);
    });
  }
});
