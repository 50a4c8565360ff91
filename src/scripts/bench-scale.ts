/**
 * npm run bench:scale [-- --runs N]
 *
 * How the whole test command grows with the snippets: runs `npm test` in two scratch copies of the
 * site, one as it is and one with every snippet folder duplicated (so twice the snippets, each
 * copy shown on one extra page, as every snippet must be), N times each (default 1), alternating.
 * Prints wall time and the machine's CPU-seconds of each run and the ratio of the medians. Target:
 * at most 1.5 times the time for twice the snippets. Exits 1 if a run fails or the ratio misses.
 */
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {SITE} from '../site/build';
import {runNpmTest} from '../site/testRun';
import {loadSnippets, snippetsDirOf} from '../snippets/catalog';
import {cpuNow} from './cpu';

const TARGET = 1.5;
/**
 * A copy of the site to run the tests in: a clone of its repository as committed (the build reads
 * each page's last commit, and the fixture site's components are links into src/), with
 * node_modules linked rather than copied.
 */
function scratchCopy(to: string): void {
  execFileSync('git', ['clone', '--quiet', '--no-hardlinks', SITE, to]);
  fs.symlinkSync(path.join(SITE, 'node_modules'), path.join(to, 'node_modules'));
}

/** Commits what the benchmark added to a copy, so its pages have a last commit as every page does. */
function commitAll(site: string, message: string): void {
  const git = (...args: string[]) => execFileSync('git', ['-C', site, '-c', 'user.name=bench', '-c', 'user.email=bench@localhost', ...args]);
  git('add', '-A');
  git('commit', '--quiet', '-m', message);
}

/**
 * Duplicates every snippet folder as `<folder>-copy` (traces left out: no timeline draws the
 * copies) and shows every copy, with its output, on one page that is published like the others,
 * a section per folder. The copies' outputs are written by `npm run snippets:update`, run in the copy.
 */
function doubleSnippets(site: string): number {
  const snippetsDir = snippetsDirOf(site);
  const folders = fs.readdirSync(snippetsDir).filter((f) => fs.statSync(path.join(snippetsDir, f)).isDirectory());
  for (const folder of folders) {
    fs.cpSync(path.join(snippetsDir, folder), path.join(snippetsDir, `${folder}-copy`), {recursive: true, filter: (s) => !s.endsWith('.trace.json')});
  }
  const copies = loadSnippets(snippetsDir).filter((s) => s.id.split('/')[0].endsWith('-copy'));
  // A section per folder, as chapters have (a link to the page's last section is walked too).
  const sections = folders.map((folder) => {
    const blocks = copies.filter((s) => s.id.startsWith(`${folder}-copy/`)).map((s) => `\`\`\`python file=${s.id}\n\`\`\`\n`);
    return `## ${folder} {#${folder}}\n\n${blocks.join('\n')}`;
  });
  const includes = sections.join('\n');
  const description = 'Every snippet of the site once more, so that the benchmark runs twice as many snippets as the site has.';
  fs.writeFileSync(path.join(site, 'docs/snippet-copies.mdx'), `---\nslug: snippet-copies\ntitle: Snippet copies\ndescription: ${description}\n---\n\n${includes}`);
  const urls = ['/chapters/snippet-copies', ...folders.map((folder) => `/chapters/snippet-copies#${folder}`)];
  fs.appendFileSync(path.join(site, 'test/published-urls.txt'), urls.map((url) => `${url}\n`).join(''));
  // Their expected outputs as the project's update command writes them (a traceback or warning
  // names the file, which is now the copy), and whether each runs in the browser.
  execFileSync('npx', ['tsx', 'src/scripts/update-snippets.ts', ...folders.map((f) => `${f}-copy/`)], {cwd: site, stdio: 'inherit'});
  return copies.length;
}

interface Sample {
  seconds: number;
  cpu?: number;
}

async function timedTests(site: string, log: string): Promise<Sample> {
  const before = cpuNow();
  // The test command of that copy: the scratch site's own package.json and tests.
  const result = await runNpmTest(log, process.env, site);
  const after = cpuNow();
  if (!result.ok) throw new Error(`npm test failed in ${site}: ${result.summary}; failed: ${result.failed.join('; ')}; log: ${log}`);
  return {seconds: result.seconds, cpu: before && after ? after.busy - before.busy : undefined};
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const runs = args[0] === '--runs' ? Number(args[1]) : 1;
  if (!Number.isInteger(runs) || runs < 1 || (args.length && args[0] !== '--runs')) throw new Error('usage: npm run bench:scale [-- --runs N]');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-scale-'));
  const single = path.join(work, 'single');
  const double = path.join(work, 'double');
  scratchCopy(single);
  scratchCopy(double);
  const snippets = loadSnippets(snippetsDirOf(single)).length;
  const copies = doubleSnippets(double);
  commitAll(double, 'every snippet once more');
  console.log(`${os.cpus().length} cores; npm test with ${snippets} snippets and with ${snippets + copies}, ${runs} run(s) each, alternating\n`);
  const samples: Record<'single' | 'double', Sample[]> = {single: [], double: []};
  try {
    for (let run = 1; run <= runs; run++) {
      for (const kind of ['single', 'double'] as const) {
        const sample = await timedTests(kind === 'single' ? single : double, path.join(work, `${kind}-${run}.log`));
        samples[kind].push(sample);
        console.log(`${kind === 'single' ? '1x' : '2x'} snippets, run ${run}: ${sample.seconds.toFixed(1)} s, ${sample.cpu?.toFixed(0) ?? 'n/a'} CPU-s`);
      }
    }
  } finally {
    for (const dir of [single, double]) fs.rmSync(dir, {recursive: true, force: true});
  }
  const ratio = median(samples.double.map((s) => s.seconds)) / median(samples.single.map((s) => s.seconds));
  console.log(`\ntwice the snippets took ${ratio.toFixed(2)}x the time (target: at most ${TARGET}x) ${ratio <= TARGET ? 'ok' : 'MISSED'}`);
  process.exitCode = ratio <= TARGET ? 0 : 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
