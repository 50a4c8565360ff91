/**
 * What a reader's browser sees on one page of a production build, as a list of problems (empty
 * when the page is fine). Each problem starts with the page's name so a failing test says where.
 * Used by the browser tests on the real site and on a fixture site of broken pages.
 */
import fs from 'node:fs';
import {createRequire} from 'node:module';
import type {BrowserContext, Page} from 'playwright-core';
import {STATE_DEADLINE_MS} from './browser';

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');


/**
 * Watches the pages of a browser context: console errors, page errors, failed requests, HTTP
 * errors, and every request to another origin are recorded per page. Chromium started by
 * launchChromium resolves no host name but the test server's, so such a request fails at once
 * instead of reaching the network; it is reported once, as "requests another origin".
 *
 * The watch only listens: intercepting requests (Playwright's route) would turn off the HTTP cache
 * and make every page fetch and compile the site's scripts afresh, which no reader's browser does.
 */
export class ContextWatch {
  private problems = new Map<Page, string[]>();
  /** Requests each page has sent that have not finished or failed yet. */
  private inFlight = new Map<Page, number>();

  private constructor(private readonly origin: string) {}

  static attach(siteUrl: string): ContextWatch {
    return new ContextWatch(new URL(siteUrl).origin);
  }

  private isOwn(url: string): boolean {
    return /^(data|blob):/.test(url) || new URL(url).origin === this.origin;
  }

  /**
   * Starts recording a page's errors afresh; call before navigating it. A page can be watched
   * again before its next navigation: the record starts over and the listeners stay as they are.
   */
  watch(page: Page): void {
    const watched = this.problems.has(page);
    this.problems.set(page, []);
    if (watched) return;
    this.inFlight.set(page, 0);
    // (A request of the page's previous document may still end after the record starts over.)
    const settle = () => this.inFlight.set(page, Math.max(0, (this.inFlight.get(page) ?? 1) - 1));
    page.on('request', (request) => {
      this.inFlight.set(page, (this.inFlight.get(page) ?? 0) + 1);
      if (!this.isOwn(request.url())) this.record(page, `requests another origin: ${request.url()}`);
    });
    page.on('requestfinished', settle);
    page.on('requestfailed', settle);
    page.on('console', (message) => {
      // A request to another origin is reported once, as "requests another origin".
      const location = message.location().url;
      const blocked = /ERR_NAME_NOT_RESOLVED/.test(message.text()) && location !== '' && !this.isOwn(location);
      if (message.type() === 'error' && !blocked) this.record(page, `console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => this.record(page, `page error: ${error.message}`));
    page.on('requestfailed', (request) => {
      if (!this.isOwn(request.url())) return;
      this.record(page, `request failed: ${request.url()} (${request.failure()?.errorText})`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) this.record(page, `HTTP ${response.status()} for ${response.url()}`);
    });
  }

  private record(page: Page, problem: string): void {
    this.problems.get(page)?.push(problem);
  }

  /**
   * Waits until the page has had no request in flight for `quietMs` (lazily loaded chunks, the
   * search index and fonts included), so that whatever fails has been seen. Playwright's
   * "networkidle" does the same with a fixed 500 ms of quiet, which made the page walk twice as slow.
   */
  async quiet(page: Page, quietMs = 150, timeoutMs = STATE_DEADLINE_MS): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let quietSince = Date.now();
    while (Date.now() < deadline) {
      await page.waitForTimeout(25);
      if ((this.inFlight.get(page) ?? 0) > 0) quietSince = Date.now();
      else if (Date.now() - quietSince >= quietMs) return;
    }
  }

  /** What went wrong on the page so far. */
  problemsOf(page: Page): string[] {
    return [...(this.problems.get(page) ?? [])];
  }
}

/**
 * Loads the drawing each diagram shows in the current colour mode and waits until every one has
 * loaded or failed (giving up after STATE_DEADLINE_MS; diagramProblems reports it). Drawings load
 * lazily, near the window: by default the shown ones are asked to load at once, which costs the
 * browser far less than scrolling to each; with `scroll`, each diagram is brought into view in
 * turn, as a reader scrolling down would (for weighing what such a reader fetches).
 */
export async function loadAllDiagrams(page: Page, {scroll = false} = {}): Promise<void> {
  const shownComplete = (n?: number) => {
    const figures = [...document.querySelectorAll('figure[data-diagram]')];
    return (n === undefined ? figures : [figures[n]])
      .flatMap((figure) => [...figure.querySelectorAll('img')])
      .filter((img) => getComputedStyle(img).display !== 'none')
      .every((img) => img.complete);
  };
  const settled = (n?: number) =>
    page.waitForFunction(shownComplete, n, {timeout: STATE_DEADLINE_MS, polling: 50}).then(
      () => undefined,
      () => undefined,
    );
  if (!scroll) {
    await page.evaluate(() => {
      for (const img of document.querySelectorAll<HTMLImageElement>('figure[data-diagram] img')) {
        if (getComputedStyle(img).display !== 'none') img.loading = 'eager';
      }
    });
    return settled();
  }
  const count = await page.locator('figure[data-diagram]').count();
  for (let i = 0; i < count; i++) {
    await page.evaluate((n) => document.querySelectorAll('figure[data-diagram]')[n].scrollIntoView({block: 'center'}), i);
    await settled(i);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

/**
 * Loads every diagram's drawing; returns a problem per diagram that shows no drawing or both, the
 * drawing of the other colour mode, one that did not load, one out of proportion, or one shown so
 * small that its smallest label is under 12 px (its figure's data-readable-width).
 */
export async function diagramProblems(page: Page): Promise<string[]> {
  await loadAllDiagrams(page);
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('figure[data-diagram]')].flatMap((figure, i) => {
      const title = figure.querySelector('figcaption > :first-child')?.textContent?.trim().slice(0, 60) ?? '';
      const name = `diagram ${i + 1} ("${title}")`;
      // (Without JavaScript the page keeps the theme it was built with, light.)
      const theme = document.documentElement.dataset.theme ?? 'light';
      const shown = [...figure.querySelectorAll('img')].filter((img) => getComputedStyle(img).display !== 'none');
      if (shown.length !== 1) return [`${name} shows ${shown.length} drawings, not one`];
      const [img] = shown;
      if (!img.src.endsWith(`-${theme}.svg`)) return [`${name} shows ${img.src.split('/').pop()} in the ${theme} theme`];
      if (!img.complete || img.naturalWidth === 0) return [`${name} did not load its drawing ${img.src}`];
      const width = Number(img.getAttribute('width'));
      const height = Number(img.getAttribute('height'));
      const box = img.getBoundingClientRect();
      if (box.width === 0 || Math.abs(box.height / box.width - height / width) > 0.02) {
        return [`${name} is shown at ${Math.round(box.width)}x${Math.round(box.height)}, out of its drawing's proportion ${width}x${height}`];
      }
      const readable = Number(figure.dataset.readableWidth);
      if (box.width < readable - 1) {
        return [`${name} is shown ${Math.round(box.width)} px wide, its smallest label ${((12 * box.width) / readable).toFixed(1)} px: under 12 px (it needs ${readable} px)`];
      }
      return [];
    }),
  );
}

/** KaTeX: no formula failed, and the KaTeX stylesheet and fonts are in use. */
export async function mathProblems(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const problems: string[] = [];
    for (const error of document.querySelectorAll('.katex-error')) problems.push(`math did not render: ${error.textContent}`);
    const formulas = document.querySelectorAll('.katex');
    if (formulas.length === 0) return problems;
    for (const formula of formulas) {
      if (!formula.querySelector('.katex-html')) problems.push(`math has no KaTeX HTML: ${formula.textContent}`);
    }
    const family = getComputedStyle(formulas[0]).fontFamily;
    if (!family.includes('KaTeX_Main')) problems.push(`math is not in KaTeX's font (font-family: ${family}); is katex.min.css loaded?`);
    await document.fonts.ready;
    const loaded = [...document.fonts].filter((font) => font.family.includes('KaTeX') && font.status === 'loaded');
    if (loaded.length === 0) problems.push('no KaTeX font loaded');
    return problems;
  });
}

/**
 * The axe rules a second colour mode can fail that the first cannot: both modes share one DOM and
 * differ only in colours, so after a full check in one mode the other needs only these.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** The looks of code blocks already checked in each colour mode, shared across a walk (markCheckedCode). */
export type CheckedCode = Record<'light' | 'dark', Set<string>>;

export const newCheckedCode = (): CheckedCode => ({light: new Set(), dark: new Set()});

/**
 * Code blocks are half the elements of a chapter, and most look like blocks already checked: the
 * same kinds of token in the same colours on the same background. Given the looks already checked
 * in this colour mode (`checkedCode`, shared across a walk), this marks each block whose every
 * element looks like one checked before, so axe can leave it out, and adds the new looks of the
 * others. A look is what axe's rules read of an element: its tag, class, tabindex, text colour and
 * size and weight and style, opacity, and the background it is drawn on.
 */
async function markCheckedCode(page: Page, checkedCode: Set<string>): Promise<void> {
  // (No named functions inside: the page has no helper for the names some compilers keep.)
  const looks: string[][] = await page.evaluate(() =>
    [...document.querySelectorAll('pre')].map((pre) => {
      pre.removeAttribute('data-axe-skip');
      return [pre, ...pre.querySelectorAll('*')].map((el) => {
        const style = getComputedStyle(el);
        const shape = [el.tagName, el.getAttribute('class') ?? '', el.getAttribute('tabindex') ?? '', el.getAttribute('role') ?? ''];
        if (![...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim())) return shape.join('|');
        let background = 'none';
        for (let at: Element | null = el; at && background === 'none'; at = at.parentElement) {
          const colour = getComputedStyle(at).backgroundColor;
          if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') background = colour;
        }
        return [...shape, style.color, style.fontSize, style.fontWeight, style.fontStyle, style.opacity, style.textShadow, background].join('|');
      });
    }),
  );
  const skip: number[] = [];
  looks.forEach((blockLooks, i) => {
    if (blockLooks.every((look) => checkedCode.has(look))) skip.push(i);
    else for (const look of blockLooks) checkedCode.add(look);
  });
  await page.evaluate((indexes) => {
    const blocks = document.querySelectorAll('pre');
    for (const i of indexes) blocks[i].setAttribute('data-axe-skip', '');
  }, skip);
}

/**
 * axe-core violations of impact "serious" or "critical": every rule, or with `coloursOnly` just
 * the colour rules (for the second mode of a page already fully checked in the first). With
 * `checkedCode`, code blocks that look like blocks checked before are left out (markCheckedCode).
 */
export async function accessibilityProblems(page: Page, mode: string, coloursOnly = false, checkedCode?: Set<string>): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({content: AXE_SOURCE});
  if (checkedCode) await markCheckedCode(page, checkedCode);
  const violations = await page.evaluate(async (only) => {
    const axe = (window as unknown as {axe: {run(context: object, options: object): Promise<{violations: Violation[]}>}}).axe;
    interface Violation {
      id: string;
      impact?: string | null;
      help: string;
      nodes: {target: unknown[]; failureSummary?: string}[];
    }
    // Blocks left out are also emptied while axe runs, their size held, so that they do not
    // weigh on the rest of the page: axe lays out a grid of every element on it for its colour
    // rules, and a chapter's code is most of its elements (this halves axe's time on a chapter).
    const skipped = [...document.querySelectorAll<HTMLElement>('pre[data-axe-skip]')];
    const sizes = skipped.map((pre) => pre.getBoundingClientRect());
    const emptied = skipped.map((pre, i) => {
      const held = {pre, style: pre.getAttribute('style'), children: [...pre.childNodes]};
      Object.assign(pre.style, {boxSizing: 'border-box', width: `${sizes[i].width}px`, height: `${sizes[i].height}px`});
      pre.replaceChildren();
      return held;
    });
    let results: {violations: Violation[]};
    try {
      results = await axe.run(
        {exclude: [['pre[data-axe-skip]']]},
        {
          resultTypes: ['violations'],
          ...(only ? {runOnly: {type: 'rule', values: only}} : {}),
        },
      );
    } finally {
      for (const {pre, style, children} of emptied) {
        pre.replaceChildren(...children);
        if (style === null) pre.removeAttribute('style');
        else pre.setAttribute('style', style);
      }
    }
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => `${JSON.stringify(n.target)} ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`),
    }));
  }, coloursOnly ? COLOUR_RULES : null);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `axe (${mode}) ${v.id} [${v.impact}]: ${v.help} at ${v.targets.join('; ')}`);
}

/**
 * The checks a colour mode can fail, after the reader's system switches from light to dark while
 * the page is open: the page follows it, every diagram shows its dark drawing, and axe's colour
 * rules pass.
 */
async function darkModeProblems(page: Page, checkedCode?: Set<string>): Promise<string[]> {
  await page.emulateMedia({colorScheme: 'dark'});
  const followed = await page
    .waitForFunction(() => document.documentElement.dataset.theme === 'dark', undefined, {timeout: STATE_DEADLINE_MS})
    .then(() => true, () => false);
  if (!followed) return ['stays in the light theme when the system switches to dark mode'];
  // Colours ease from light to dark (CSS transitions); they are checked as they arrive, with
  // each transition brought to its end at once rather than drawn frame by frame until it ends.
  await page.evaluate(() => {
    for (const animation of document.getAnimations()) if (animation instanceof CSSTransition) animation.finish();
  });
  return [...(await diagramProblems(page)), ...(await accessibilityProblems(page, 'dark', true, checkedCode))];
}

/**
 * Where a page opened at a section records when it began to show that section: the time of the
 * first frame after the one in which it jumped there (a property of `window`; see
 * recordJumpToSection).
 */
const SECTION_SHOWN = '__sectionShownAt';

/** Tabs whose pages record when they jumped to a section. */
const recordingTabs = new WeakSet<Page>();

/**
 * Makes every page the tab loads from now on record, once it first scrolls (on a page opened at a
 * section: the browser's jump there), when the frame after the one showing the jump began. Its
 * scroll event is dispatched as a frame begins, either the frame that paints the jump or the one
 * after it (when the jump happened while the previous frame was laid out); the time is taken when
 * the frame after that one runs its animation callbacks, so the shifts of the jump's frame come
 * before it. Call before navigating.
 */
async function recordJumpToSection(page: Page): Promise<void> {
  if (recordingTabs.has(page)) return;
  recordingTabs.add(page);
  // The page's own scroll only: a scroll event of an element inside it (a sidebar scrolled to its
  // current item) does not bubble up to the window.
  await page.addInitScript((name) => {
    const onScroll = () => {
      removeEventListener('scroll', onScroll);
      requestAnimationFrame(() => requestAnimationFrame(() => ((window as unknown as Record<string, number>)[name] = performance.now())));
    };
    addEventListener('scroll', onScroll, {passive: true});
  }, SECTION_SHOWN);
}

/**
 * How much the page moved under the reader while it loaded (cumulative layout shift, as Lighthouse
 * counts it: every shift not caused by the reader's input), with the elements that moved. A page
 * of this site keeps still: images and diagrams hold their size, nothing is inserted above the
 * text, so anything Lighthouse would not show as 0.000 is a problem.
 *
 * A page opened at a section (`atSection`, its address ending in "#id") is counted from the
 * browser's jump to that section, which is what its reader sees. On a busy machine Chromium may
 * first show the top of the page and jump only once the whole page is parsed; when the frame that
 * jumps also lays out text anew (KaTeX's fonts arriving: a formula a little wider, one line more),
 * Chromium counts every element in the new window as moved, comparing its place in the page
 * before and after, though the reader saw none of them before the jump. That is how a link to
 * why-asyncio#further-reading came out at 0.0101-0.0130 in 14 of 42 cold loads beside two busy
 * processes, with everything in view moved by one line. So the shifts before the jump and those of
 * the frames that show it (see recordJumpToSection) are not counted; anything that moves after,
 * under the section the reader is looking at, is.
 */
export async function layoutShiftProblems(page: Page, {atSection = false} = {}): Promise<string[]> {
  // What the page does as it comes alive (a button or bar shown once it can work) counts too.
  const hydrated = await page
    .waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true', undefined, {timeout: STATE_DEADLINE_MS, polling: 50})
    .then(() => true, () => false);
  if (!hydrated) return ['never came alive: React did not finish hydrating the page'];
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const {value, moved} = await page.evaluate(
    ({atSection, shownAt}) =>
      new Promise<{value: number; moved: string[]}>((resolve) => {
        type Shift = PerformanceEntry & {value: number; hadRecentInput: boolean; sources?: {node?: Node | null}[]};
        const shifts: Shift[] = [];
        const observer = new PerformanceObserver((list) => shifts.push(...(list.getEntries() as Shift[])));
        // Buffered: the shifts since the page started, delivered in a task of their own.
        observer.observe({type: 'layout-shift', buffered: true});
        setTimeout(() => {
          shifts.push(...(observer.takeRecords() as Shift[]));
          observer.disconnect();
          const from = atSection ? (window as unknown as Record<string, number | undefined>)[shownAt] : undefined;
          const counted = shifts.filter((s) => !s.hadRecentInput && (from === undefined || s.startTime >= from));
          const name = (node: Node | null | undefined) =>
            node instanceof Element ? `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${node.classList.length ? `.${[...node.classList].join('.')}` : ''}` : String(node?.nodeName ?? 'unknown');
          resolve({
            value: counted.reduce((sum, s) => sum + s.value, 0),
            moved: [...new Set(counted.flatMap((s) => (s.sources ?? []).map((source) => name(source.node))))],
          });
        }, 50);
      }),
    {atSection, shownAt: SECTION_SHOWN},
  );
  // 0 as Lighthouse shows it (three decimals): a KaTeX font arriving can nudge a formula's glyphs
  // by a fraction of a pixel (0.0001 on the fixture's clean page), which no reader sees.
  return value.toFixed(3) !== '0.000' ? [`moved while loading: cumulative layout shift ${value.toFixed(4)} (moved: ${moved.slice(0, 5).join(', ')})`] : [];
}

/**
 * Loads a page as a reader would and returns everything wrong with it. With `thenDark`, the
 * reader's system then switches to dark mode and the page is checked again in dark colours
 * (darkModeProblems): one load checks both modes.
 *
 * The page loads in a new tab, or with `tab` in that tab, as a reader who opens one address after
 * another in the same tab does: the browser then keeps the tab's process, and a walk of the site's
 * pages costs less CPU (72 CPU-seconds against 84 with a new tab each, measured on two cores).
 */
export async function readerProblems(
  context: BrowserContext,
  watch: ContextWatch,
  url: string,
  options: {
    mode: 'light' | 'dark';
    expectStatus?: number;
    axeColoursOnly?: boolean;
    /** More checks, run once the page has loaded and before anything scrolls it. */
    onLoaded?: (page: Page) => Promise<string[]>;
    thenDark?: boolean;
    /**
     * Then the window narrows to this size (a phone's) and every diagram is checked again there:
     * readable, in proportion. The tab gets its former size back afterwards.
     */
    thenNarrow?: {width: number; height: number};
    checkedCode?: CheckedCode;
    /** A tab of `context` to load the page in, left open; else a new tab, closed after. */
    tab?: Page;
  },
): Promise<string[]> {
  const page = options.tab ?? (await context.newPage());
  watch.watch(page);
  const atSection = new URL(url).hash !== '';
  if (atSection) await recordJumpToSection(page);
  try {
    await page.emulateMedia({colorScheme: options.mode});
    const response = await page.goto(url, {waitUntil: 'load'});
    await watch.quiet(page);
    const problems: string[] = [];
    const status = response?.status() ?? 0;
    if (status !== (options.expectStatus ?? 200)) problems.push(`served with HTTP ${status}`);
    const theme = await page.evaluate(() => document.documentElement.dataset.theme);
    if (theme !== options.mode) problems.push(`shows the ${theme} theme, expected ${options.mode}`);
    if (options.onLoaded) problems.push(...(await options.onLoaded(page)));
    problems.push(...(await diagramProblems(page)));
    problems.push(...(await mathProblems(page)));
    // Once every drawing has loaded, and before axe or the checks below touch the page.
    problems.push(...(await layoutShiftProblems(page, {atSection})));
    problems.push(...(await accessibilityProblems(page, options.mode, options.axeColoursOnly, options.checkedCode?.[options.mode])));
    if (options.thenDark) {
      if (options.mode !== 'light') throw new Error('thenDark switches a page loaded in light mode to dark');
      problems.push(...(await darkModeProblems(page, options.checkedCode?.dark)).map((p) => `after switching to dark mode: ${p}`));
    }
    if (options.thenNarrow) {
      const size = page.viewportSize();
      await page.setViewportSize(options.thenNarrow);
      try {
        problems.push(...(await diagramProblems(page)).map((p) => `at ${options.thenNarrow!.width} px wide: ${p}`));
      } finally {
        if (size) await page.setViewportSize(size);
      }
    }
    // Whatever went wrong while loading, rendering and checking.
    const expected404 = (p: string) => options.expectStatus === 404 && p.includes(`HTTP 404 for ${url}`);
    const network = watch.problemsOf(page).filter((p) => !expected404(p) && !(options.expectStatus === 404 && /404 \(Not Found\)/.test(p)));
    return [...network, ...problems];
  } finally {
    if (!options.tab) await page.close();
  }
}
