// Social cards (src/socialCards/): what each page's card says, how its title is wrapped, where it
// is served, and that it is drawn to a 1200x630 PNG once, then copied from the cache.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {LoadedVersion} from '@docusaurus/plugin-content-docs';
import {describe, expect, it} from 'vitest';
import {cardsOf, chapterNumber, partName} from '../src/socialCards/cards';
import {fontMetrics} from '../src/socialCards/fontMetrics';
import {cardPath, routeOf} from '../src/socialCards/paths';
import {CARD_FONT, cardRenderer} from '../src/socialCards/render';
import {cardSvg, layoutTitle, wrapText} from '../src/socialCards/template';

const metrics = fontMetrics(fs.readFileSync(CARD_FONT));
const SITE = 'Async Python, by running it';

describe('the font metrics', () => {
  it('measures text from the font file: wide letters wider, twice the size twice the width', () => {
    expect(metrics.width('W', 100)).toBeGreaterThan(metrics.width('i', 100));
    expect(metrics.width('asyncio', 60)).toBeCloseTo(2 * metrics.width('asyncio', 30), 6);
    // DejaVu Sans Bold: about 0.6 em for a lower-case letter on average.
    expect(metrics.width('abcdefghijklmnopqrstuvwxyz', 100) / 26).toBeGreaterThan(50);
    expect(metrics.width('abcdefghijklmnopqrstuvwxyz', 100) / 26).toBeLessThan(80);
  });
});

describe('the card template', () => {
  it('wraps a title into lines that fit, at most three, none with a lone last word', () => {
    const title = 'Why my first asyncio scraper was not concurrent, and what fixed it';
    const {fontSize, lines} = layoutTitle(title, metrics);
    expect(lines.join(' ')).toBe(title);
    expect(lines.length).toBeLessThanOrEqual(3);
    for (const line of lines) expect(metrics.width(line, fontSize)).toBeLessThanOrEqual(1040);
    expect(lines.at(-1)!.split(' ').length).toBeGreaterThan(1);
  });

  it('keeps a short title on one line at the largest size', () => {
    expect(layoutTitle('Queues and pipelines', metrics)).toEqual({fontSize: 76, lines: ['Queues and pipelines']});
  });

  it('cuts a title too long for three lines at the smallest size with an ellipsis', () => {
    const {lines} = layoutTitle(Array(60).fill('coroutine').join(' '), metrics);
    expect(lines).toHaveLength(3);
    expect(lines[2].endsWith('…')).toBe(true);
  });

  it('gives a word longer than a line a line of its own', () => {
    expect(wrapText('a verylongword b', 10, 20, metrics)).toEqual(['a', 'verylongword', 'b']);
  });

  it('escapes the text it puts into the SVG', () => {
    const svg = cardSvg({kicker: 'Part <I>', title: 'Tasks & "futures"', site: SITE}, metrics);
    expect(svg).toContain('Part &lt;I&gt;');
    expect(svg).toContain('Tasks &amp; &quot;futures&quot;');
  });
});

describe('which pages get a card, and what it says', () => {
  const doc = (id: string, source: string, title: string) => ({id, title, source: `@site/docs/${source}`, permalink: `/base/chapters/${id}`});
  const version = {
    docs: [doc('index', 'index.mdx', 'All chapters'), doc('how', '00-how.mdx', 'How this site works'), doc('aw', '07-async-and-await.mdx', 'async and await, up close')],
    sidebars: {
      chapters: [
        {type: 'doc', id: 'index'},
        {
          type: 'category',
          label: 'Part I: from generators to tasks',
          items: [
            {type: 'doc', id: 'how'},
            {type: 'doc', id: 'aw'},
          ],
          link: {type: 'generated-index', slug: '/part-1', permalink: '/base/chapters/part-1'},
        },
      ],
    },
  } as unknown as LoadedVersion;

  it('names the part (from the sidebar) and the chapter number (from the file name)', () => {
    const cards = cardsOf({docs: [version], posts: [{permalink: '/base/blog/post', title: 'A post'}], baseUrl: '/base/', site: SITE, journal: 'Learning journal'});
    expect(cards.map((c) => [c.route, c.text.kicker, c.text.title])).toEqual([
      ['/chapters/part-1', 'The course, part by part', 'Part I: from generators to tasks'],
      ['/chapters/index', 'The course', 'All chapters'],
      ['/chapters/how', 'Part I', 'How this site works'],
      ['/chapters/aw', 'Part I · Chapter 7', 'async and await, up close'],
      ['/blog/post', 'Learning journal', 'A post'],
    ]);
  });

  it('reads part names and chapter numbers', () => {
    expect(partName('Part II: asyncio in practice')).toBe('Part II');
    expect(partName('Foundations')).toBe('Foundations');
    expect(chapterNumber('@site/docs/16-queues-and-pipelines.mdx')).toBe(16);
    expect(chapterNumber('@site/docs/00-how-this-site-works.mdx')).toBeUndefined();
    expect(chapterNumber('@site/docs/index.mdx')).toBeUndefined();
  });

  it('serves each card at a path made from its route, under the base path', () => {
    expect(routeOf('/async-python/chapters/why-asyncio', '/async-python/')).toBe('/chapters/why-asyncio');
    expect(routeOf('/chapters/why-asyncio', '/')).toBe('/chapters/why-asyncio');
    expect(cardPath('/chapters/why-asyncio')).toBe('img/social/chapters/why-asyncio.png');
    expect(cardPath('/')).toBe('img/social/index.png');
  });
});

describe('drawing a card', () => {
  it('draws a 1200x630 PNG once, then copies the same bytes from the cache; another title draws another card', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cards-'));
    try {
      const renderer = cardRenderer(path.join(dir, 'cache'));
      const card = {route: '/chapters/x', text: {kicker: 'Part I · Chapter 10', title: 'Tasks and futures', site: SITE}};
      expect(renderer.render(card, path.join(dir, 'a.png'))).toBe(true);
      expect(renderer.render(card, path.join(dir, 'b.png'))).toBe(false);
      const a = fs.readFileSync(path.join(dir, 'a.png'));
      expect(a.subarray(1, 4).toString()).toBe('PNG');
      expect([a.readUInt32BE(16), a.readUInt32BE(20)]).toEqual([1200, 630]);
      expect(fs.readFileSync(path.join(dir, 'b.png')).equals(a)).toBe(true);
      expect(renderer.render({...card, text: {...card.text, title: 'Queues and pipelines'}}, path.join(dir, 'c.png'))).toBe(true);
      expect(fs.readFileSync(path.join(dir, 'c.png')).equals(a)).toBe(false);
    } finally {
      fs.rmSync(dir, {recursive: true, force: true});
    }
  });
});
