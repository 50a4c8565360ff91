/**
 * npm run bench:lighthouse [-- route ...]
 *
 * Builds the site, serves it on 127.0.0.1 and runs Lighthouse (mobile emulation, its default)
 * in Debian's Chromium on the landing page, a chapter without a diagram and a chapter with one.
 * Prints the four category scores and LCP, CLS and total blocking time for each page, beside the
 * targets: performance >= 95, accessibility, best practices and SEO 100, CLS < 0.02. Exits 1 when
 * a page misses a target. A benchmark, not a test: the numbers depend on the machine.
 */
import {execFile} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {createRequire} from 'node:module';
import {promisify} from 'node:util';
import type {Result} from 'lighthouse';
import {CHROMIUM, CHROMIUM_ARGS} from '../site/browser';
import {SITE, buildSiteInto} from '../site/build';
import {benchChapters} from '../site/pages';
import {serveBuild} from '../site/serve';

// Lighthouse runs as its own CLI: loaded through tsx, the functions it sends into the page carry
// esbuild's __name helper, which the page does not have.
const LIGHTHOUSE_CLI = createRequire(__filename).resolve('lighthouse/cli/index.js');

const TARGETS = {performance: 95, accessibility: 100, 'best-practices': 100, seo: 100};
const CLS_TARGET = 0.02;

function pickRoutes(): string[] {
  const args = process.argv.slice(2);
  if (args.length > 0) return args;
  const {plain, diagram} = benchChapters(SITE);
  return ['/', plain, diagram];
}

interface Row {
  route: string;
  scores: Record<string, number>;
  lcp: number;
  cls: number;
  tbt: number;
  failing: string[];
}

/**
 * Runs the Lighthouse CLI on one URL. Asynchronously: the site is served from this process, so a
 * synchronous child would leave nobody to answer Lighthouse's requests.
 */
async function audit(url: string): Promise<Omit<Row, 'route'>> {
  const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lighthouse-')), 'report.json');
  const flags = `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`;
  await promisify(execFile)(process.execPath, [LIGHTHOUSE_CLI, url, '--output=json', `--output-path=${report}`, '--quiet', flags], {
    env: {...process.env, CHROME_PATH: CHROMIUM},
    maxBuffer: 64 << 20,
  });
  const json = fs.readFileSync(report, 'utf8');
  fs.rmSync(path.dirname(report), {recursive: true, force: true});
  const {categories, audits} = JSON.parse(json) as Result;
  const scores = Object.fromEntries(Object.entries(categories).map(([id, c]) => [id, Math.round((c.score ?? 0) * 100)]));
  // The audits that cost points in categories below their target, to say what to fix.
  const failing: string[] = [];
  for (const [id, category] of Object.entries(categories)) {
    if (scores[id] >= (TARGETS as Record<string, number>)[id]) continue;
    for (const ref of category.auditRefs) {
      const a = audits[ref.id];
      if (ref.weight > 0 && a.score !== null && a.score < 1) failing.push(`${id}: ${a.id} (${a.displayValue ?? a.score})`);
    }
  }
  return {
    scores,
    lcp: audits['largest-contentful-paint'].numericValue ?? NaN,
    cls: audits['cumulative-layout-shift'].numericValue ?? NaN,
    tbt: audits['total-blocking-time'].numericValue ?? NaN,
    failing,
  };
}

async function main(): Promise<void> {
  const routes = pickRoutes();
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-lighthouse-'));
  const rows: Row[] = [];
  try {
    buildSiteInto(outDir);
    const served = await serveBuild(outDir);
    try {
      for (const route of routes) rows.push({route, ...(await audit(served.url + route.slice(1)))});
    } finally {
      await served.close();
    }
  } finally {
    fs.rmSync(outDir, {recursive: true, force: true});
  }

  const cell = (text: string | number, width: number) => String(text).padStart(width);
  console.log('Lighthouse, mobile emulation (targets: performance >= 95, others 100, CLS < 0.02)');
  console.log(`${'page'.padEnd(34)}${cell('perf', 6)}${cell('a11y', 6)}${cell('bp', 6)}${cell('seo', 6)}${cell('LCP', 9)}${cell('CLS', 8)}${cell('TBT', 8)}`);
  let missed = false;
  for (const r of rows) {
    const s = r.scores;
    console.log(
      `${r.route.padEnd(34)}${cell(s.performance, 6)}${cell(s.accessibility, 6)}${cell(s['best-practices'], 6)}${cell(s.seo, 6)}` +
        `${cell(`${(r.lcp / 1000).toFixed(2)} s`, 9)}${cell(r.cls.toFixed(3), 8)}${cell(`${Math.round(r.tbt)} ms`, 8)}`,
    );
    for (const f of r.failing) console.log(`    ${f}`);
    const below = Object.entries(TARGETS).some(([id, target]) => s[id] < target);
    if (below || !(r.cls < CLS_TARGET)) missed = true;
  }
  if (missed) {
    console.log('at least one page misses a target');
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
