/**
 * npm run snippets:soak [-- rounds]
 *
 * Proves the outputs are stable: runs every snippet on every interpreter, as the test does, a
 * number of rounds in a row (10 by default) while a CPU hog keeps a core busy, and reports every
 * run that printed something other than its expected output. Exits 1 if any did.
 */
import {spawn} from 'node:child_process';
import path from 'node:path';
import {loadSnippets, snippetsDirOf} from '../snippets/catalog';
import {CONCURRENCY, expectedFor, interpretersFor, runOn} from '../snippets/matrix';
import {mapLimit} from '../snippets/pool';
import {describeInterpreter, discoverInterpreters} from '../snippets/python';
import {checkRun} from '../snippets/verify';

const SITE = path.resolve(__dirname, '../..');

async function main(): Promise<void> {
  const rounds = Number(process.argv[2] ?? 10);
  const snippets = loadSnippets(snippetsDirOf(SITE));
  const {usable} = discoverInterpreters([...new Set(snippets.flatMap((s) => s.meta.needs))]);
  const jobs = snippets.flatMap((snippet) => interpretersFor(snippet, usable).map((interpreter) => ({snippet, interpreter})));
  const hog = spawn(process.execPath, ['-e', 'for (;;) {}'], {stdio: 'ignore'});
  console.log(`${rounds} rounds of ${jobs.length} runs (${snippets.length} snippets, ${usable.length} interpreters), ${CONCURRENCY} at a time, beside a CPU hog`);
  let failures = 0;
  try {
    for (let round = 1; round <= rounds; round++) {
      const started = performance.now();
      const problems = await mapLimit(jobs, CONCURRENCY, async ({snippet, interpreter}) => {
        const run = await runOn(snippet, interpreter, SITE);
        const what = `snippets/${snippet.id} on ${describeInterpreter(interpreter)}`;
        return checkRun({what, meta: snippet.meta, result: run.result, output: run.output, expected: expectedFor(snippet, interpreter)});
      });
      const failed = problems.filter((p): p is string => p !== undefined);
      failures += failed.length;
      console.log(`round ${round}: ${jobs.length - failed.length}/${jobs.length} identical in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      for (const problem of failed) console.log(`  ${problem.replace(/\n/g, '\n  ')}`);
    }
  } finally {
    hog.kill();
  }
  console.log(failures === 0 ? `every run identical in all ${rounds} rounds` : `${failures} runs differed`);
  process.exitCode = failures === 0 ? 0 : 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
