/**
 * How the site's mermaid diagrams are drawn ahead of time (npm run diagrams:render), and the key
 * that ties a drawing to the text it was drawn from. The build reads only the drawings; whatever
 * here changes how a drawing looks is part of the key, so a change makes every drawing stale.
 */
import {createHash} from 'node:crypto';
import fs from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';

export type Theme = 'light' | 'dark';
export const THEMES: Theme[] = ['light', 'dark'];

/**
 * Arial first: the diagrams are drawn on Linux with Liberation Sans, which has Arial's metrics, so
 * readers with Arial (Windows, macOS) or Liberation Sans see labels exactly as laid out.
 */
const FONT = 'arial, "Liberation Sans", sans-serif';

/** Mermaid's settings for each theme: text as SVG text, shapes drawn the same on every run. */
export function mermaidConfig(theme: Theme): Record<string, unknown> {
  return {
    startOnLoad: false,
    theme: theme === 'light' ? 'default' : 'dark',
    fontFamily: FONT,
    // Labels as SVG <text>, not HTML in <foreignObject>: the drawing is shown as an image.
    htmlLabels: false,
    // Labels wrap at this width; mermaid's 200 px broke "asyncio.BoundedSemaphore" in two.
    flowchart: {htmlLabels: false, wrappingWidth: 320},
    // Flowchart shapes get a random roughness unless seeded.
    handDrawnSeed: 1,
    // A gantt chart is as wide as its container unless told: drawn for the page's column, with
    // labels large enough to read there (and scrolled, not shrunk, on a phone).
    gantt: {useWidth: 720, fontSize: 15, sectionFontSize: 15, barHeight: 26, barGap: 6, leftPadding: 90},
    // The dark theme's edge labels (#ccc on #585858) were 4.43:1; on this they are over 7:1.
    themeVariables: theme === 'dark' ? {fontFamily: FONT, edgeLabelBackground: '#2f2f2f'} : {fontFamily: FONT},
    // A gantt chart's axis labels are 10 px and, in the dark theme, dark grey on the dark page.
    themeCSS: `.tick text { font-size: 14px; fill: ${theme === 'dark' ? '#d8d8d8' : '#333'}; } .grid .tick line { stroke: ${theme === 'dark' ? '#666' : '#ccc'}; }`,
  };
}

/** Bump when what is drawn of a text (drawnText) or done to a drawing (ids, svgo) changes. */
const PROCESS_VERSION = 4;

/**
 * The text mermaid draws: the page's, except that a gantt chart gets `todayMarker off` (else it
 * draws a line at the day it was drawn, and a drawing would depend on the date).
 */
export function drawnText(source: string): string {
  return source.trim().replace(/^(\s*gantt\s*)$/m, '$1\n  todayMarker off');
}

/** The version of a package as installed for the site (a fixture site uses its parent's). */
function versionOf(pkg: string, siteDir: string): string {
  // Its entry point, then up to its own folder (not every package exports its package.json).
  let dir = path.dirname(createRequire(path.join(siteDir, 'package.json')).resolve(pkg));
  while (!fs.existsSync(path.join(dir, 'package.json')) || path.basename(dir) !== pkg) {
    if (dir === path.dirname(dir)) throw new Error(`cannot find the version of ${pkg}`);
    dir = path.dirname(dir);
  }
  return (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as {version: string}).version;
}

/** What, besides its text, decides how a diagram is drawn. */
export function renderSettings(siteDir: string): string {
  return JSON.stringify({
    mermaid: versionOf('mermaid', siteDir),
    svgo: versionOf('svgo', siteDir),
    process: PROCESS_VERSION,
    themes: Object.fromEntries(THEMES.map((t) => [t, mermaidConfig(t)])),
  });
}

/** The key of a diagram's drawings: 12 hex digits of a hash of its text and the settings. */
export function drawingKey(source: string, settings: string): string {
  return createHash('sha256').update(settings).update('\0').update(source.trim()).digest('hex').slice(0, 12);
}

/** What the build needs to know of a drawing without reading it. */
export interface Drawing {
  /** Its size in CSS pixels as drawn (both themes draw the same size). */
  width: number;
  height: number;
  /** The smallest text in it, in the drawing's pixels: shown smaller than 12 px, it scrolls. */
  minFontPx: number;
}

/** Drawings by key: src/diagram-drawings.json, written by npm run diagrams:render. */
export type Drawings = Record<string, Drawing>;

/** Where the SVG files live (served as /diagrams/KEY-light.svg), and the index of them. */
export const DRAWINGS_DIR = 'static/diagrams';
export const DRAWINGS_INDEX = 'src/diagram-drawings.json';

export function drawingFile(key: string, theme: Theme): string {
  return `${key}-${theme}.svg`;
}

/** The smallest label a reader should have to read, in CSS pixels. */
export const MIN_READABLE_PX = 12;

/**
 * The narrowest a drawing may be shown with its smallest label still MIN_READABLE_PX: narrower
 * than its drawn width when its text is larger than that, wider when it is smaller.
 */
export function readableWidth(drawing: Drawing): number {
  return Math.ceil((drawing.width * MIN_READABLE_PX) / drawing.minFontPx);
}
