/**
 * npm run bench:weight [-- plainRoute diagramRoute]
 *
 * Builds the site three ways in one run (as configured; with mermaid as Docusaurus ships it; with
 * no mermaid at all), loads a chapter without a diagram and one with a diagram in headless
 * Chromium, and prints the JavaScript bytes each page fetched. The target: a page without a
 * diagram fetches at most 1.05x the JS of the site built without mermaid. Exits 1 if it does not.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {launchChromium} from '../site/browser';
import {SITE, buildSiteInto} from '../site/build';
import {benchChapters} from '../site/pages';
import {drawAllDiagrams} from '../site/readerChecks';
import {serveBuild} from '../site/serve';

const TARGET = 1.05;

const VARIANTS = [
  {name: 'this site', env: {}},
  {name: 'stock mermaid', env: {BENCH_MERMAID: 'stock'}},
  {name: 'no mermaid', env: {BENCH_MERMAID: 'none'}},
] as const;

function pickRoutes(): [string, string] {
  const [plainArg, diagramArg] = process.argv.slice(2);
  if (plainArg && diagramArg) return [plainArg, diagramArg];
  const {plain, diagram} = benchChapters(SITE);
  return [plainArg ?? plain, diagramArg ?? diagram];
}

function build(outDir: string, env: Record<string, string>): number {
  // The bundler cache keys on files, not on these environment flags: start each variant cold.
  fs.rmSync(path.join(SITE, 'node_modules/.cache'), {recursive: true, force: true});
  const started = performance.now();
  buildSiteInto(outDir, env);
  return (performance.now() - started) / 1000;
}

async function main(): Promise<void> {
  const routes = pickRoutes();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-weight-'));
  const browser = await launchChromium();
  const rows: {variant: string; build: number; bytes: number[]}[] = [];
  try {
    for (const variant of VARIANTS) {
      const outDir = path.join(work, variant.name.replace(/\W+/g, '-'));
      const seconds = build(outDir, variant.env);
      const served = await serveBuild(outDir);
      const bytes: number[] = [];
      for (const route of routes) {
        const page = await browser.newPage();
        let total = 0;
        page.on('response', async (response) => {
          if (response.request().resourceType() === 'script') total += (await response.body()).length;
        });
        await page.goto(served.url + route.slice(1), {waitUntil: 'networkidle'});
        // Diagrams are drawn as they come near the window: scroll to each, as a reader would.
        await drawAllDiagrams(page);
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(500);
        bytes.push(total);
        await page.close();
      }
      await served.close();
      rows.push({variant: variant.name, build: seconds, bytes});
    }
  } finally {
    await browser.close();
    fs.rmSync(work, {recursive: true, force: true});
  }
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`.padStart(9);
  console.log(`JS fetched per page (uncompressed), pages: ${routes.join(' (no diagram), ')} (diagram)`);
  console.log(`${'build'.padEnd(15)} ${'no diagram'.padStart(10)} ${'diagram'.padStart(9)}  cold build`);
  for (const row of rows) {
    console.log(`${row.variant.padEnd(15)} ${kb(row.bytes[0])} ${kb(row.bytes[1])}  ${row.build.toFixed(1)} s`);
  }
  const ratio = rows[0].bytes[0] / rows[2].bytes[0];
  const verdict = ratio <= TARGET ? 'meets' : 'MISSES';
  console.log(`no-diagram page vs no mermaid at all: ${ratio.toFixed(3)}x (${verdict} the ${TARGET}x target)`);
  process.exitCode = ratio <= TARGET ? 0 : 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
