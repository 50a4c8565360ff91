/**
 * Draws social cards: the template (./template.ts) filled in for a page, rendered to PNG by resvg
 * (Rust, shipped as an npm package: no browser) with the one font file in ./font. A drawing is
 * cached by its content (the SVG, the font and resvg's version), so a rebuild only draws the
 * cards whose text changed and copies the others. Node only.
 */
import {createHash} from 'node:crypto';
import fs from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {Resvg} from '@resvg/resvg-js';
import {fontMetrics, type FontMetrics} from './fontMetrics';
import {CARD_FONT_FAMILY, cardSvg, type CardText} from './template';

/** The font every card is drawn with (DejaVu Sans Bold; its licence is beside it). */
export const CARD_FONT = path.join(__dirname, 'font/DejaVuSans-Bold.ttf');

const RESVG_VERSION: string = createRequire(__filename)('@resvg/resvg-js/package.json').version;

export interface Card {
  /** The page's route without the base path, "/chapters/why-asyncio". */
  route: string;
  text: CardText;
}

export interface CardRenderer {
  /** Writes the card's PNG to `file`; says whether it was drawn (false: copied from the cache). */
  render(card: Card, file: string): boolean;
}

/** Draws cards into files, reusing drawings from `cacheDir`. */
export function cardRenderer(cacheDir: string): CardRenderer {
  const font = fs.readFileSync(CARD_FONT);
  const metrics: FontMetrics = fontMetrics(font);
  const fontHash = createHash('sha256').update(font).digest('hex');
  fs.mkdirSync(cacheDir, {recursive: true});
  return {
    render(card, file) {
      const svg = cardSvg(card.text, metrics);
      const key = createHash('sha256').update(`${RESVG_VERSION}\n${fontHash}\n${svg}`).digest('hex').slice(0, 24);
      const cached = path.join(cacheDir, `${key}.png`);
      fs.mkdirSync(path.dirname(file), {recursive: true});
      if (fs.existsSync(cached)) {
        fs.copyFileSync(cached, file);
        return false;
      }
      const png = new Resvg(svg, {
        fitTo: {mode: 'original'},
        font: {fontFiles: [CARD_FONT], loadSystemFonts: false, defaultFontFamily: CARD_FONT_FAMILY},
      })
        .render()
        .asPng();
      // Written under a temporary name first: a build stopped halfway leaves no broken cache entry.
      const partial = `${cached}.${process.pid}.tmp`;
      fs.writeFileSync(partial, png);
      fs.renameSync(partial, cached);
      fs.copyFileSync(cached, file);
      return true;
    },
  };
}
