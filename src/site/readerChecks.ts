/**
 * What a reader's browser sees on one page of a production build, as a list of problems (empty
 * when the page is fine). Each problem starts with the page's name so a failing test says where.
 * Used by the browser tests on the real site and on a fixture site of broken pages.
 */
import fs from 'node:fs';
import {createRequire} from 'node:module';
import type {BrowserContext, Page} from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** How long a diagram may take to render (mermaid loads lazily, then lays out). */
const DIAGRAM_TIMEOUT_MS = 15_000;

/**
 * Watches a browser context: every request to another origin is blocked and recorded, and
 * console errors, page errors, failed requests and HTTP errors are recorded per page.
 */
export class ContextWatch {
  private problems = new Map<Page, string[]>();
  /** Requests each page has sent that have not finished or failed yet. */
  private inFlight = new Map<Page, number>();

  private constructor(private readonly origin: string) {}

  static async attach(context: BrowserContext, siteUrl: string): Promise<ContextWatch> {
    const watch = new ContextWatch(new URL(siteUrl).origin);
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (/^(data|blob):/.test(url) || new URL(url).origin === watch.origin) return route.continue();
      const page = route.request().frame().page();
      watch.record(page, `requests another origin: ${url}`);
      return route.abort('blockedbyclient');
    });
    return watch;
  }

  /** Starts recording a page's errors; call before navigating it. */
  watch(page: Page): void {
    this.problems.set(page, []);
    this.inFlight.set(page, 0);
    const settle = () => this.inFlight.set(page, (this.inFlight.get(page) ?? 1) - 1);
    page.on('request', () => this.inFlight.set(page, (this.inFlight.get(page) ?? 0) + 1));
    page.on('requestfinished', settle);
    page.on('requestfailed', settle);
    page.on('console', (message) => {
      // A blocked request is reported once, as "requests another origin".
      if (message.type() === 'error' && !/ERR_BLOCKED_BY_CLIENT/.test(message.text())) {
        this.record(page, `console error: ${message.text()}`);
      }
    });
    page.on('pageerror', (error) => this.record(page, `page error: ${error.message}`));
    page.on('requestfailed', (request) => {
      if (request.failure()?.errorText.includes('ERR_BLOCKED_BY_CLIENT')) return;
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
  async quiet(page: Page, quietMs = 150, timeoutMs = 15_000): Promise<void> {
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
 * Brings each mermaid figure into view in turn, as a reader scrolling down would (diagrams are
 * drawn only near the window), and waits until it holds an SVG or mermaid's error message. Gives
 * up on a figure after DIAGRAM_TIMEOUT_MS; diagramProblems reports it.
 */
export async function drawAllDiagrams(page: Page): Promise<void> {
  const count = await page.locator('figure[data-mermaid]').count();
  for (let i = 0; i < count; i++) {
    await page.evaluate((n) => document.querySelectorAll('figure[data-mermaid]')[n].scrollIntoView({block: 'center'}), i);
    await page
      .waitForFunction((n) => document.querySelectorAll('figure[data-mermaid]')[n].querySelector('svg, [class*=errorBoundaryFallback]'), i, {
        timeout: DIAGRAM_TIMEOUT_MS,
      })
      .catch(() => undefined);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Draws every mermaid figure; returns a problem per figure that did not draw, or drew at the wrong size. */
export async function diagramProblems(page: Page): Promise<string[]> {
  await drawAllDiagrams(page);
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('figure[data-mermaid]')].flatMap((figure, i) => {
      const title = figure.querySelector('figcaption > :first-child')?.textContent?.trim().slice(0, 60) ?? '';
      const name = `diagram ${i + 1} ("${title}")`;
      const svg = figure.querySelector('svg');
      if (!svg) {
        const alert = figure.querySelector('[class*=errorBoundaryFallback] p')?.textContent?.trim().slice(0, 200);
        return [`${name} did not render${alert ? `: ${alert}` : ' (no SVG)'}`];
      }
      // The space held for the drawing before it appeared must be the space it took.
      const reserved = figure.querySelector<HTMLElement>('[data-reserved]')?.dataset.reserved;
      if (!reserved) return [`${name} has no reserved size: run npm run diagrams:measure`];
      const [width, height] = reserved.split('x').map(Number);
      const drawn = svg.viewBox.baseVal;
      // A fluid diagram ("fluidx172") takes the page's width; only its height is fixed.
      const widthDiffers = !reserved.startsWith('fluid') && Math.abs(drawn.width - width) > 2;
      if (widthDiffers || Math.abs(drawn.height - height) > 2) {
        return [`${name} was measured at ${reserved} but drew ${drawn.width}x${drawn.height}: run npm run diagrams:measure`];
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

/**
 * axe-core violations of impact "serious" or "critical": every rule, or with `coloursOnly` just
 * the colour rules (for the second mode of a page already fully checked in the first).
 */
export async function accessibilityProblems(page: Page, mode: string, coloursOnly = false): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({content: AXE_SOURCE});
  const violations = await page.evaluate(async (only) => {
    const axe = (window as unknown as {axe: {run(context: Document, options: object): Promise<{violations: Violation[]}>}}).axe;
    interface Violation {
      id: string;
      impact?: string | null;
      help: string;
      nodes: {target: unknown[]; failureSummary?: string}[];
    }
    const results = await axe.run(document, {
      resultTypes: ['violations'],
      ...(only ? {runOnly: {type: 'rule', values: only}} : {}),
    });
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

/** Loads a page as a reader would and returns everything wrong with it. */
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
  },
): Promise<string[]> {
  const page = await context.newPage();
  watch.watch(page);
  try {
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
    problems.push(...(await accessibilityProblems(page, options.mode, options.axeColoursOnly)));
    // Whatever went wrong while loading, rendering and checking.
    const expected404 = (p: string) => options.expectStatus === 404 && p.includes(`HTTP 404 for ${url}`);
    const network = watch.problemsOf(page).filter((p) => !expected404(p) && !(options.expectStatus === 404 && /404 \(Not Found\)/.test(p)));
    return [...network, ...problems];
  } finally {
    await page.close();
  }
}
