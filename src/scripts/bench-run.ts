/**
 * npm run bench:run [-- --runs N] [-- route]
 *
 * How long a reader waits after pressing Run for the first time on a page: from the click to the
 * first line the program prints, in Debian's Chromium, on the production build served from
 * 127.0.0.1 (as GitHub Pages serves it: gzipped, cacheable). Two cases, each N times (3 by default):
 *
 * - cold: a new browser with an empty profile opens the page and presses the first Run, so Pyodide
 *   (its wasm, the standard library, the worker) comes over the network and is compiled;
 * - warm: the same browser opens the page again (the HTTP cache holds Pyodide, V8 may have cached
 *   its compiled code) and presses Run.
 *
 * Also how long Stop takes to end a program sleeping in asyncio.sleep. Prints each run and the
 * medians. The page is chapter 10 unless a route is given; its first snippet must be runnable.
 * A benchmark, not a test: the figures go on the issue, with the machine's load (`uptime`).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {Browser, Page} from 'playwright-core';
import {STATE_DEADLINE_MS, launchChromium} from '../site/browser';
import {SITE, buildSiteInto} from '../site/build';
import {serveBuild} from '../site/serve';

const OUTPUT = 'section[aria-label="What your run printed"] pre';
/** A measurement, not a check: a busy machine may take minutes to load Python, and that is a figure too. */
const DEADLINE_MS = 5 * STATE_DEADLINE_MS;

interface Timing {
  firstOutput: number;
  stop: number;
}

/** Presses the first Run on the page and waits for its first printed line; then times Stop. */
async function timeRun(page: Page, url: string): Promise<Timing> {
  await page.goto(url);
  const bar = page.locator('[data-run]').first();
  const run = bar.getByRole('button', {name: 'Run'});
  await run.waitFor({state: 'visible', timeout: DEADLINE_MS});
  const pressed = performance.now();
  await run.click();
  await page.waitForFunction((selector) => (document.querySelector(selector)?.textContent ?? '').trim().length > 0, OUTPUT, {
    timeout: DEADLINE_MS,
    polling: 20,
  });
  const firstOutput = performance.now() - pressed;
  await bar.getByRole('status').filter({hasText: /^(Finished|Stopped|Failed)/}).waitFor({timeout: DEADLINE_MS}).catch(() => undefined);

  // Stop: a program that sleeps 10 s, stopped once it has said so.
  await bar.getByRole('button', {name: 'Edit'}).click();
  const editor = page.locator('.cm-content').first();
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText('import asyncio\n\nasync def main():\n    print("sleeping", flush=True)\n    await asyncio.sleep(10)\n\nasyncio.run(main())\n');
  await run.click();
  await page.locator(OUTPUT).first().getByText('sleeping').waitFor({timeout: DEADLINE_MS});
  const asked = performance.now();
  await bar.getByRole('button', {name: 'Stop'}).click();
  await bar.getByRole('status').filter({hasText: 'Stopped.'}).waitFor({timeout: DEADLINE_MS});
  return {firstOutput, stop: performance.now() - asked};
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`.padStart(9);

function parseArgs(argv: string[]): {runs: number; route: string} {
  let runs = 3;
  let route = '/chapters/tasks-and-futures';
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--runs') runs = Number(argv[++i]);
    else if (argv[i].startsWith('/')) route = argv[i];
    else throw new Error(`unknown argument ${argv[i]}: use --runs N and a route such as /chapters/tasks-and-futures`);
  }
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number of at least 1');
  return {runs, route};
}

async function main(): Promise<void> {
  const {runs, route} = parseArgs(process.argv.slice(2));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-run-'));
  const cold: Timing[] = [];
  const warm: Timing[] = [];
  let served: Awaited<ReturnType<typeof serveBuild>> | undefined;
  try {
    buildSiteInto(work);
    served = await serveBuild(work);
    const url = served.url + route.slice(1);
    console.log(`First Run on ${route}: click to first printed line, and Stop of a sleeping program (load ${os.loadavg()[0].toFixed(2)})\n`);
    console.log('run   case   first output        stop');
    for (let run = 1; run <= runs; run++) {
      let browser: Browser | undefined;
      try {
        browser = await launchChromium();
        const context = await browser.newContext();
        for (const [label, into] of [['cold', cold], ['warm', warm]] as const) {
          const page = await context.newPage();
          const timing = await timeRun(page, url);
          into.push(timing);
          console.log(`${String(run).padStart(3)}   ${label}  ${seconds(timing.firstOutput)}   ${seconds(timing.stop)}`);
          await page.close();
        }
      } finally {
        await browser?.close();
      }
    }
  } finally {
    await served?.close();
    fs.rmSync(work, {recursive: true, force: true});
  }
  console.log(`\nmedian of ${runs}: cold ${seconds(median(cold.map((t) => t.firstOutput))).trim()} to the first line, warm ${seconds(median(warm.map((t) => t.firstOutput))).trim()}; Stop ${seconds(median([...cold, ...warm].map((t) => t.stop))).trim()} (load now ${os.loadavg()[0].toFixed(2)})`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
