/**
 * npm run bench:time [-- --runs N] [-- --only build|tests]
 *
 * How long the two things a contributor waits on take on this machine: a cold production build
 * (the generated files and bundler cache removed first) and the whole test command (`npm test`),
 * each N times (default 1), one after the other. Prints each run's wall time and what the whole
 * machine's CPUs did meanwhile (from /proc/stat: CPU-seconds busy and idle, all cores together),
 * beside the targets: build under 30 s, tests under 150 s. Exits 1 if a run misses its target
 * or the tests fail.
 *
 * CPU-seconds say more than wall time when comparing two versions of the tests: a machine's speed
 * drifts during a day, so compare by alternating runs of each, in the same hour. Run it alone: the
 * cold build removes the generated files that a running `npm start` uses.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {SITE, buildSiteInto} from '../site/build';
import {runNpmTest} from '../site/testRun';
import {cpuNow, type Cpu} from './cpu';

const TARGETS = {build: 30, tests: 150} as const;
type Kind = keyof typeof TARGETS;

interface Timed {
  seconds: number;
  cpu?: Cpu;
  ok: boolean;
  note: string;
}

async function timed(work: () => Promise<{ok: boolean; note: string}>): Promise<Timed> {
  const cpuBefore = cpuNow();
  const started = performance.now();
  const {ok, note} = await work();
  const seconds = (performance.now() - started) / 1000;
  const cpuAfter = cpuNow();
  const cpu = cpuBefore && cpuAfter ? {busy: cpuAfter.busy - cpuBefore.busy, idle: cpuAfter.idle - cpuBefore.idle} : undefined;
  return {seconds, cpu, ok, note};
}

function coldBuild(work: string, run: number): Promise<Timed> {
  return timed(async () => {
    for (const dir of ['.docusaurus', 'node_modules/.cache']) fs.rmSync(path.join(SITE, dir), {recursive: true, force: true});
    try {
      buildSiteInto(path.join(work, `build-${run}`));
      return {ok: true, note: ''};
    } catch (error) {
      return {ok: false, note: `the build failed: ${(error as Error).message.split('\n')[0]}`};
    }
  });
}

function testRun(work: string, run: number): Promise<Timed> {
  return timed(async () => {
    const result = await runNpmTest(path.join(work, `tests-${run}.log`));
    return {ok: result.ok, note: `${result.summary}${result.ok ? '' : `; log: ${result.log}`}`};
  });
}

function parseArgs(argv: string[]): {runs: number; kinds: Kind[]} {
  let runs = 1;
  let kinds: Kind[] = ['build', 'tests'];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--runs') runs = Number(argv[++i]);
    else if (argv[i] === '--only' && (argv[i + 1] === 'build' || argv[i + 1] === 'tests')) kinds = [argv[++i] as Kind];
    else throw new Error(`unknown argument ${argv[i]}: use --runs N, --only build or --only tests`);
  }
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number of at least 1');
  return {runs, kinds};
}

async function main(): Promise<void> {
  const {runs, kinds} = parseArgs(process.argv.slice(2));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-time-'));
  console.log(`${os.cpus().length} cores; ${runs} run(s) of ${kinds.join(' and ')}\n`);
  console.log('what    run   wall s   target   CPU-s busy   CPU-s idle');
  let missed = false;
  for (let run = 1; run <= runs; run++) {
    for (const kind of kinds) {
      const result = await (kind === 'build' ? coldBuild(work, run) : testRun(work, run));
      const met = result.ok && result.seconds < TARGETS[kind];
      missed ||= !met;
      const cpu = result.cpu ? `${result.cpu.busy.toFixed(0).padStart(10)}   ${result.cpu.idle.toFixed(0).padStart(10)}` : `${'n/a'.padStart(10)}   ${'n/a'.padStart(10)}`;
      console.log(
        `${kind.padEnd(6)}  ${String(run).padStart(3)}   ${result.seconds.toFixed(1).padStart(6)}   ${`<${TARGETS[kind]}`.padStart(6)}   ${cpu}   ${met ? 'ok' : 'MISSED'}  ${result.note}`,
      );
    }
  }
  // The logs of failed test runs stay for reading; the builds go.
  for (const entry of fs.readdirSync(work)) if (entry.startsWith('build-')) fs.rmSync(path.join(work, entry), {recursive: true, force: true});
  if (!missed) fs.rmSync(work, {recursive: true, force: true});
  process.exitCode = missed ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
