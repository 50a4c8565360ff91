/**
 * The one template every social card is drawn from: a 1200x630 SVG with the page's part (or
 * kind) above its title, the title wrapped to at most three lines (smaller type for longer
 * titles), the site's name, and three lanes of a timeline, the site's picture of a run. All text
 * is in the one font file that src/socialCards/render.ts hands to resvg, so a card looks the same
 * on every machine.
 */
import type {FontMetrics} from './fontMetrics';
import {CARD_HEIGHT, CARD_WIDTH} from './size';

export {CARD_HEIGHT, CARD_WIDTH};

/** What a card says. */
export interface CardText {
  /** Above the title: "Part I · Chapter 7", "Learning journal". */
  kicker: string;
  title: string;
  /** The site's name, at the bottom. */
  site: string;
}

/** The font family name inside the font file the cards are drawn with. */
export const CARD_FONT_FAMILY = 'DejaVu Sans';

const LEFT = 80;
const TEXT_WIDTH = CARD_WIDTH - 2 * LEFT;
const KICKER_BASELINE = 130;
/** Title sizes to try, largest first: the first at which the title fits in three lines wins. */
const TITLE_SIZES = [76, 68, 60, 52, 46];
const MAX_LINES = 3;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Greedy word wrap: as many words on each line as fit in `width`. A word too long for a line gets one to itself. */
export function wrapText(text: string, width: number, fontSize: number, metrics: FontMetrics): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && metrics.width(candidate, fontSize) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The title's size and lines: the largest size at which it fits, else the smallest, cut with an ellipsis. */
export function layoutTitle(title: string, metrics: FontMetrics): {fontSize: number; lines: string[]} {
  for (const fontSize of TITLE_SIZES) {
    let lines = wrapText(title, TEXT_WIDTH, fontSize, metrics);
    if (lines.length > MAX_LINES || lines.some((l) => metrics.width(l, fontSize) > TEXT_WIDTH)) continue;
    // Balanced: the narrowest column that still takes as few lines, so no word is left alone on the last one.
    for (let width = TEXT_WIDTH - 10; width > 0; width -= 10) {
      const narrower = wrapText(title, width, fontSize, metrics);
      if (narrower.length > lines.length || narrower.some((l) => metrics.width(l, fontSize) > width)) break;
      lines = narrower;
    }
    return {fontSize, lines};
  }
  const fontSize = TITLE_SIZES[TITLE_SIZES.length - 1];
  const lines = wrapText(title, TEXT_WIDTH, fontSize, metrics).slice(0, MAX_LINES);
  lines[MAX_LINES - 1] = `${lines[MAX_LINES - 1].replace(/\s*\S*$/, '')} …`;
  return {fontSize, lines};
}

/** Three lanes that wait side by side, as in chapter 1's timeline: a short run, a wait, a short run. */
function timelineMotif(): string {
  const lanes = [0, 1, 2].map((i) => {
    const y = 500 + 32 * i;
    const start = 850 + 14 * i;
    return [
      `<rect x="${start}" y="${y - 9}" width="16" height="18" rx="2" fill="#4fc3d9"/>`,
      `<line x1="${start + 16}" x2="1094" y1="${y}" y2="${y}" stroke="#98dcea" stroke-width="3" stroke-opacity="0.55"/>`,
      `<rect x="1094" y="${y - 9}" width="16" height="18" rx="2" fill="#4fc3d9"/>`,
    ].join('');
  });
  return lanes.join('');
}

/** The card as SVG. */
export function cardSvg(text: CardText, metrics: FontMetrics): string {
  const {fontSize, lines} = layoutTitle(text.title, metrics);
  const lineHeight = Math.round(fontSize * 1.18);
  const firstBaseline = KICKER_BASELINE + Math.round(fontSize * 1.25);
  const title = lines
    .map((line, i) => `<text x="${LEFT}" y="${firstBaseline + i * lineHeight}" font-size="${fontSize}" fill="#ffffff">${escapeXml(line)}</text>`)
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#07505d"/>`,
    `<rect width="16" height="${CARD_HEIGHT}" fill="#4fc3d9"/>`,
    `<g font-family="${CARD_FONT_FAMILY}" font-weight="bold">`,
    `<text x="${LEFT}" y="${KICKER_BASELINE}" font-size="32" fill="#98dcea">${escapeXml(text.kicker)}</text>`,
    title,
    `<text x="${LEFT}" y="566" font-size="30" fill="#ffffff" fill-opacity="0.85">${escapeXml(text.site)}</text>`,
    '</g>',
    timelineMotif(),
    '</svg>',
  ].join('\n');
}
