/**
 * npm run diagrams:measure [-- siteDir]
 *
 * Builds the site, opens every page in its sitemap in Chromium at a desktop and a phone width,
 * waits for each mermaid diagram to be drawn, and writes the drawing's size (its SVG viewBox, in
 * CSS pixels; "fluid" when the drawing follows the page's width, as gantt charts do) to
 * <siteDir>/src/diagram-sizes.json, keyed by the diagram's source. The Mermaid wrapper reserves
 * that space before the drawing appears. Run it after adding or editing a diagram; the tests fail
 * until you do, and the diff shows what changed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {launchChromium} from '../site/browser';
import {buildSiteInto} from '../site/build';
import {sitemapPaths} from '../site/html';
import {drawAllDiagrams} from '../site/readerChecks';
import {serveBuild} from '../site/serve';
import type {DiagramSize, DiagramSizes} from '../theme/diagramText';

const ROOT = path.resolve(__dirname, '../..');
const DESKTOP = 1280;
const PHONE = 390;

async function main(): Promise<void> {
  const siteDir = path.resolve(ROOT, process.argv[2] ?? '.');
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'measure-diagrams-'));
  const browser = await launchChromium();
  const sizes: DiagramSizes = {};
  try {
    buildSiteInto(outDir, {}, path.relative(ROOT, siteDir) || '.');
    const served = await serveBuild(outDir);
    const measure = async (width: number) => {
      const found = new Map<string, DiagramSize>();
      const page = await browser.newPage({viewport: {width, height: 900}});
      for (const route of sitemapPaths(outDir, '/')) {
        await page.goto(served.url + route);
        if ((await page.locator('figure[data-mermaid]').count()) === 0) continue;
        await drawAllDiagrams(page);
        const drawn = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('figure[data-mermaid]')].map((figure) => {
            const box = figure.querySelector('svg')?.viewBox.baseVal;
            return {key: figure.dataset.diagramKey!, box: box ? {width: box.width, height: box.height} : null};
          }),
        );
        for (const {key, box} of drawn) {
          if (box) found.set(key, {width: Math.round(box.width * 10) / 10, height: Math.round(box.height * 10) / 10});
          else console.warn(`/${route}: diagram ${key} did not render, so it has no size`);
        }
        if (width === DESKTOP) console.log(`/${route}: ${drawn.length} diagram(s)`);
      }
      await page.close();
      return found;
    };
    const desktop = await measure(DESKTOP);
    const phone = await measure(PHONE);
    for (const [key, size] of desktop) {
      const small = phone.get(key);
      sizes[key] = small && Math.abs(small.width - size.width) > 2 ? {width: size.width, height: size.height, fluid: true} : size;
    }
    await served.close();
  } finally {
    await browser.close();
    fs.rmSync(outDir, {recursive: true, force: true});
  }
  const sorted = Object.fromEntries(Object.entries(sizes).sort(([a], [b]) => a.localeCompare(b)));
  const file = path.join(siteDir, 'src/diagram-sizes.json');
  fs.writeFileSync(file, `${JSON.stringify(sorted, null, 2)}\n`);
  console.log(`wrote ${Object.keys(sorted).length} sizes to ${path.relative(ROOT, file)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
