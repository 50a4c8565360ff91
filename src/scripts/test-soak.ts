/**
 * npm run test:soak [-- --runs N]
 *
 * The whole test command (`npm test`) run N times in a row (3 by default) on a machine kept busy
 * the way a contributor's is: two busy loops keep both cores occupied (one at normal priority,
 * one at nice 5, like a compiler in the background), and a second Chromium loads every page of a
 * built copy of the site in a loop, scrolling and taking a screenshot of each. Prints each run's
 * result, wall time and failed tests, the snippet runs right only when run again alone (warnings:
 * widen their margins), and how many runs passed. Exits 1 unless every run passed.
 */
import {spawn, type ChildProcess} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {launchChromium} from '../site/browser';
import {buildSiteInto} from '../site/build';
import {sitemapPaths} from '../site/html';
import {serveBuild} from '../site/serve';
import {runNpmTest, type TestRun} from '../site/testRun';

function parseRuns(argv: string[]): number {
  if (argv.length === 0) return 3;
  const runs = Number(argv[1]);
  if (argv[0] !== '--runs' || argv.length !== 2 || !Number.isInteger(runs) || runs < 1) throw new Error('usage: npm run test:soak [-- --runs N]');
  return runs;
}

/** A busy loop at the given nice value. */
function busyLoop(nice: number): ChildProcess {
  const loop = spawn(process.execPath, ['-e', 'for (;;) {}'], {stdio: 'ignore'});
  if (loop.pid !== undefined) os.setPriority(loop.pid, nice);
  return loop;
}

/** Loads every page of the build in turn, scrolled to the bottom and photographed, until stopped. */
async function browseInALoop(buildDir: string, stopped: () => boolean): Promise<number> {
  const served = await serveBuild(buildDir, '/');
  const browser = await launchChromium();
  const page = await browser.newPage({viewport: {width: 1280, height: 900}});
  const pages = sitemapPaths(buildDir, '/');
  let loads = 0;
  try {
    while (!stopped()) {
      for (const p of pages) {
        if (stopped()) break;
        await page.goto(`${served.url}${p}`, {waitUntil: 'load'}).catch(() => undefined);
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight)).catch(() => undefined);
        await page.screenshot({fullPage: false}).catch(() => undefined);
        loads++;
      }
    }
  } finally {
    await browser.close();
    await served.close();
  }
  return loads;
}

async function main(): Promise<void> {
  const runs = parseRuns(process.argv.slice(2));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'test-soak-'));
  console.log('building a copy of the site for the second browser...');
  buildSiteInto(path.join(work, 'site'));

  const loops = [busyLoop(0), busyLoop(5)];
  let done = false;
  const browsing = browseInALoop(path.join(work, 'site'), () => done);
  const results: TestRun[] = [];
  try {
    console.log(`${runs} run(s) of npm test beside two busy loops (nice 0 and 5) and a second Chromium\n`);
    for (let run = 1; run <= runs; run++) {
      const result = await runNpmTest(path.join(work, `run-${run}.log`));
      results.push(result);
      const alone = result.aloneOnly.length ? `, ${result.aloneOnly.length} snippet run(s) right only alone` : '';
      console.log(`run ${run}: ${result.ok ? 'passed' : 'FAILED'} in ${result.seconds.toFixed(1)} s (${result.summary}${alone})`);
      for (const test of result.failed) console.log(`  failed: ${test}`);
      for (const snippet of result.aloneOnly) console.log(`  right only alone: ${snippet}`);
      if (!result.ok) console.log(`  log: ${result.log}`);
    }
  } finally {
    done = true;
    for (const loop of loops) loop.kill();
  }
  const loads = await browsing;
  const passed = results.filter((r) => r.ok).length;
  console.log(`\n${passed} of ${runs} runs passed; wall times ${results.map((r) => `${r.seconds.toFixed(0)} s`).join(', ')}; the second browser loaded ${loads} pages meanwhile`);
  fs.rmSync(path.join(work, 'site'), {recursive: true, force: true});
  if (passed === runs) fs.rmSync(work, {recursive: true, force: true});
  process.exitCode = passed === runs ? 0 : 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
