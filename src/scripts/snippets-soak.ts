/**
 * npm run snippets:soak [-- rounds]
 *
 * Proves the outputs are stable: checks every snippet on every interpreter as the test does (in a
 * RunPool, a run that goes wrong run again alone), a number of rounds in a row (10 by default)
 * while a CPU hog keeps a core busy. Reports every run that failed, and every one that passed
 * only when run again alone (right only on a quiet machine: widen its margins). Exits 1 if any
 * failed or needed the lone run.
 */
import {spawn} from 'node:child_process';
import path from 'node:path';
import {loadSnippets, snippetsDirOf} from '../snippets/catalog';
import {checkSnippet, interpretersFor} from '../snippets/matrix';
import {RunPool} from '../snippets/pool';
import {discoverInterpreters} from '../snippets/python';

const SITE = path.resolve(__dirname, '../..');

async function main(): Promise<void> {
  const rounds = Number(process.argv[2] ?? 10);
  const snippets = loadSnippets(snippetsDirOf(SITE));
  const {usable} = discoverInterpreters([...new Set(snippets.flatMap((s) => s.meta.needs))]);
  const jobs = snippets.flatMap((snippet) => interpretersFor(snippet, usable).map((interpreter) => ({snippet, interpreter})));
  const hog = spawn(process.execPath, ['-e', 'for (;;) {}'], {stdio: 'ignore'});
  console.log(`${rounds} rounds of ${jobs.length} runs (${snippets.length} snippets, ${usable.length} interpreters), beside a CPU hog`);
  let failures = 0;
  let aloneOnly = 0;
  try {
    for (let round = 1; round <= rounds; round++) {
      const started = performance.now();
      const pool = RunPool.forThisMachine();
      const verdicts = await Promise.all(jobs.map(({snippet, interpreter}) => checkSnippet(snippet, interpreter, SITE, pool)));
      const failed = verdicts.flatMap((v) => (v.problem ? [v.problem] : []));
      const warned = verdicts.flatMap((v) => (v.warning ? [v.warning] : []));
      failures += failed.length;
      aloneOnly += warned.length;
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(`round ${round}: ${jobs.length - failed.length - warned.length}/${jobs.length} right at once, ${warned.length} right only alone, ${failed.length} failed, in ${seconds} s`);
      for (const problem of [...failed, ...warned]) console.log(`  ${problem.replace(/\n/g, '\n  ')}`);
    }
  } finally {
    hog.kill();
  }
  console.log(
    failures + aloneOnly === 0
      ? `every run right at once in all ${rounds} rounds`
      : `${failures} run(s) failed, ${aloneOnly} right only when run again alone`,
  );
  process.exitCode = failures + aloneOnly === 0 ? 0 : 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
