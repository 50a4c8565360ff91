/**
 * npm run diagrams:render [-- --site DIR] [-- --force]
 *
 * Draws every ```mermaid diagram of docs/ and blog/ ahead of time, in light and dark, in Debian's
 * Chromium (mermaid-isomorphic), and writes static/diagrams/KEY-light.svg and KEY-dark.svg and
 * their sizes in src/diagram-drawings.json. KEY is a hash of the diagram's text and the render
 * settings (src/diagrams/settings.ts), so an edited diagram needs a new drawing and the build
 * fails until it has one. Drawings no diagram uses any more are removed. Only diagrams without a
 * drawing are drawn, unless --force. Review the new SVGs as pictures before committing them.
 */
import fs from 'node:fs';
import path from 'node:path';
import type * as MermaidIsomorphic from 'mermaid-isomorphic';
import {chromium} from 'playwright';
import {CHROMIUM, CHROMIUM_ARGS, launchChromium} from '../site/browser';
import {SITE} from '../site/build';
import {finishDrawing} from '../diagrams/finish';
import {DRAWINGS_DIR, DRAWINGS_INDEX, THEMES, drawingFile, drawingKey, drawnText, mermaidConfig, renderSettings, type Drawing, type Drawings, type Theme} from '../diagrams/settings';
import {lintPages} from '../remark/lintPages';
import {snippetsDirOf} from '../snippets/catalog';

function parseArgs(argv: string[]): {site: string; force: boolean} {
  let site = SITE;
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--site') site = path.resolve(argv[++i]);
    else if (argv[i] === '--force') force = true;
    else throw new Error(`unknown argument ${argv[i]}: use --site DIR or --force`);
  }
  return {site, force};
}

/** What Chromium lays out of a drawing: the box its content fills, and its smallest text. */
interface Layout {
  box: {x: number; y: number; width: number; height: number};
  minFontPx: number;
}

/** Lays each SVG out in Chromium and reads its content's bounding box and smallest font size. */
async function layOut(svgs: string[]): Promise<Layout[]> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const layouts: Layout[] = [];
    for (const svg of svgs) {
      await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
      layouts.push(
        await page.evaluate(() => {
          const root = document.querySelector('svg')!;
          const {x, y, width, height} = root.getBBox();
          const texts = [...root.querySelectorAll('text, tspan')].filter((el) => el.textContent?.trim());
          const px = texts.map((el) => parseFloat(getComputedStyle(el).fontSize));
          return {box: {x, y, width, height}, minFontPx: px.length ? Math.min(...px) : 16};
        }),
      );
    }
    return layouts;
  } finally {
    await browser.close();
  }
}

/** Margin kept around a drawing's content when its viewBox is fitted to it, in its pixels. */
const MARGIN = 8;

/**
 * Fits the viewBox to the content of both themes' drawings (mermaid leaves empty bands, e.g.
 * the title area above a gantt chart that has no title), with a small margin.
 */
function fitViewBox(svg: string, layouts: Layout[]): {svg: string; width: number; height: number} {
  const left = Math.floor(Math.min(...layouts.map((l) => l.box.x)) - MARGIN);
  const top = Math.floor(Math.min(...layouts.map((l) => l.box.y)) - MARGIN);
  const right = Math.ceil(Math.max(...layouts.map((l) => l.box.x + l.box.width)) + MARGIN);
  const bottom = Math.ceil(Math.max(...layouts.map((l) => l.box.y + l.box.height)) + MARGIN);
  const [width, height] = [right - left, bottom - top];
  const fitted = svg.replace(/viewBox="[^"]*"/, `viewBox="${left} ${top} ${width} ${height}"`).replace(/max-width:\s*[\d.]+px/, `max-width:${width}px`);
  return {svg: fitted, width, height};
}

/**
 * mermaid-isomorphic is ESM that uses import.meta.resolve, which tsx's CommonJS output of this
 * file cannot give it: it is loaded by a native dynamic import instead.
 */
const importNative = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<typeof MermaidIsomorphic>;

async function main(): Promise<void> {
  const {createMermaidRenderer} = await importNative('mermaid-isomorphic');
  const {site, force} = parseArgs(process.argv.slice(2));
  const blocks = lintPages(site, snippetsDirOf(site)).mermaid;
  const settings = renderSettings(SITE);
  const wanted = new Map<string, {text: string; where: string}>();
  for (const block of blocks) wanted.set(drawingKey(block.text, settings), {text: block.text.trim(), where: block.where});

  const dir = path.join(site, DRAWINGS_DIR);
  const indexFile = path.join(site, DRAWINGS_INDEX);
  fs.mkdirSync(dir, {recursive: true});
  const index: Drawings = fs.existsSync(indexFile) ? JSON.parse(fs.readFileSync(indexFile, 'utf8')) : {};
  const has = (key: string) => key in index && THEMES.every((t) => fs.existsSync(path.join(dir, drawingFile(key, t))));
  const toDraw = [...wanted.entries()].filter(([key]) => force || !has(key));
  console.log(`${wanted.size} diagram(s) on the pages; drawing ${toDraw.length} in ${THEMES.join(' and ')}`);

  if (toDraw.length > 0) {
    const render = createMermaidRenderer({browserType: chromium, launchOptions: {executablePath: CHROMIUM, args: CHROMIUM_ARGS}});
    const drawn = new Map<Theme, string[]>();
    const failures: string[] = [];
    for (const theme of THEMES) {
      const results = await render(
        toDraw.map(([, d]) => drawnText(d.text)),
        {prefix: 'drawing', mermaidConfig: mermaidConfig(theme)},
      );
      drawn.set(
        theme,
        results.map((result, i) => {
          const [key, diagram] = toDraw[i];
          if (result.status === 'rejected') {
            failures.push(`${diagram.where}: mermaid could not draw it (${theme}): ${(result.reason as Error).message ?? result.reason}`);
            return '';
          }
          return finishDrawing(result.value.svg, `drawing-${i}`, `d${key}-${theme}`);
        }),
      );
    }
    if (failures.length) throw new Error(failures.join('\n'));
    const layouts = new Map<Theme, Layout[]>();
    for (const theme of THEMES) layouts.set(theme, await layOut(drawn.get(theme)!));
    toDraw.forEach(([key, diagram], i) => {
      const mine = THEMES.map((t) => layouts.get(t)![i]);
      let size = {width: 0, height: 0};
      for (const theme of THEMES) {
        const fitted = fitViewBox(drawn.get(theme)![i], mine);
        fs.writeFileSync(path.join(dir, drawingFile(key, theme)), fitted.svg);
        size = {width: fitted.width, height: fitted.height};
      }
      const drawing: Drawing = {...size, minFontPx: Math.min(...mine.map((l) => l.minFontPx))};
      index[key] = drawing;
      console.log(`drew    ${DRAWINGS_DIR}/${key}-{light,dark}.svg  ${drawing.width}x${drawing.height}, smallest text ${drawing.minFontPx}px  (${diagram.where})`);
    });
  }

  // Drawings no page shows any more.
  for (const key of Object.keys(index)) if (!wanted.has(key)) delete index[key];
  for (const file of fs.readdirSync(dir)) {
    const key = file.replace(/-(light|dark)\.svg$/, '');
    if (!wanted.has(key)) {
      fs.rmSync(path.join(dir, file));
      console.log(`removed ${DRAWINGS_DIR}/${file} (no page shows it)`);
    }
  }
  const sorted = Object.fromEntries(Object.entries(index).sort(([a], [b]) => a.localeCompare(b)));
  fs.mkdirSync(path.dirname(indexFile), {recursive: true});
  fs.writeFileSync(indexFile, `${JSON.stringify(sorted, null, 2)}\n`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
