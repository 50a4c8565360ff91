// Run in the page, in Debian's Chromium, on the production build: a snippet runs in Pyodide and
// says whether its output matches the page's; edited code runs, its lines arriving as they are
// printed; Stop ends a sleeping program (its finally runs, KeyboardInterrupt as on
// CPython); an exercise tells its solution from the program as given; and nothing of it comes
// from another origin.
import type {BrowserContext, Locator, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {STATE_DEADLINE_MS} from '../src/site/browser';
import {ContextWatch} from '../src/site/readerChecks';
import {useBuiltSite} from './support/builtSite';

const site = useBuiltSite();
let context: BrowserContext;
let watch: ContextWatch;
let page: Page;

/** Waits for a state (the first Run loads Python: seconds, more on a busy machine). */
const until = <T>(read: () => Promise<T>) => expect.poll(read, {timeout: STATE_DEADLINE_MS});

const CHAPTER = 'chapters/tasks-and-futures';
const EXERCISES = 'chapters/running-many-at-once';

beforeAll(async () => {
  context = await site.newContext();
  watch = ContextWatch.attach(site.url);
  page = await context.newPage();
  watch.watch(page);
  await page.goto(site.urlOf(CHAPTER));
});

afterAll(async () => {
  await context?.close();
});

/** The snippet (or exercise) around a run bar, and its parts. */
function runnable(bar: Locator) {
  const box = bar.locator('xpath=..');
  return {
    run: bar.getByRole('button', {name: 'Run'}),
    stop: bar.getByRole('button', {name: 'Stop'}),
    edit: bar.getByRole('button', {name: 'Edit'}),
    status: bar.getByRole('status'),
    yours: box.locator('section[aria-label="What your run printed"]'),
    verdict: box.locator('[data-verdict]'),
    editor: box.locator('.cm-content'),
  };
}

/** Replaces what the editor holds with `code` (inserted as a paste is: no auto-indent). */
async function typeProgram(editor: Locator, code: string): Promise<void> {
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(code);
}

describe('Run in the page', () => {
  it('runs a snippet in the page and says its output matches the one shown', async () => {
    const snippet = runnable(page.locator('[data-run]').first());
    await snippet.run.click();
    await until(() => snippet.verdict.getAttribute('data-verdict')).toBe('same');
    await until(() => snippet.status.innerText()).toBe('Finished.');
  });

  it('runs edited code, each line arriving as it is printed, in order', async () => {
    const snippet = runnable(page.locator('[data-run]').nth(1));
    await snippet.edit.click();
    // Three seconds between the lines: the first must be on the page while the program still sleeps,
    // before the second is printed (a page that showed output only at the end would show both at
    // once). A busy machine delays what the page shows, but not by the whole sleep.
    await typeProgram(snippet.editor, 'import asyncio\n\nasync def main():\n    print("line 1")\n    await asyncio.sleep(3)\n    print("line 2")\n\nasyncio.run(main())\n');
    await snippet.run.click();
    const output = snippet.yours.locator('pre');
    await until(() => output.innerText().catch(() => '')).toBe('line 1');
    expect(await snippet.status.innerText(), 'the program is still running when its first line shows').not.toBe('Finished.');
    await until(() => snippet.status.innerText()).toBe('Finished.');
    expect(await output.innerText()).toBe('line 1\nline 2');
  });

  it('stops a program sleeping in asyncio.sleep: its finally runs, then KeyboardInterrupt', async () => {
    const snippet = runnable(page.locator('[data-run]').nth(1));
    await typeProgram(
      snippet.editor,
      'import asyncio\n\nasync def main():\n    print("going to sleep", flush=True)\n    try:\n        await asyncio.sleep(60)\n    finally:\n        print("cleaned up")\n\nasyncio.run(main())\n',
    );
    await snippet.run.click();
    await snippet.yours.getByText('going to sleep').waitFor();
    const asked = Date.now();
    await snippet.stop.click();
    await until(() => snippet.status.innerText()).toBe('Stopped.');
    // Stopped, not finished: long before its minute of sleep was up. (How fast Stop is on a quiet
    // machine, about 0.1 s, is a figure for npm run bench:run, not a test a busy machine could fail.)
    expect(Date.now() - asked).toBeLessThan(30_000);
    const printed = await snippet.yours.locator('pre').innerText();
    expect(printed).toMatch(/^going to sleep\ncleaned up\nTraceback \(most recent call last\):/);
    expect(printed.trimEnd().split('\n').at(-1)).toBe('KeyboardInterrupt');
  });

  it('tells an exercise\'s solution from the program as given', async () => {
    await page.goto(site.urlOf(EXERCISES));
    const exercise = page.locator('[data-exercise]').first();
    expect(await exercise.count(), `${EXERCISES} has an exercise`).toBe(1);
    const parts = runnable(exercise.locator('[data-run]'));
    await parts.run.click();
    await until(() => parts.verdict.getAttribute('data-verdict')).not.toBeNull();
    expect(await parts.verdict.getAttribute('data-verdict')).not.toBe('same');
    // The solution, pasted into the editor, prints what it should.
    await exercise.locator('details summary').click();
    // (textContent: a block's lines are not laid out until the browser has drawn the opened details.)
    const solution = (await exercise.locator('details pre').textContent()) ?? '';
    await parts.edit.click();
    await typeProgram(parts.editor, `${solution}\n`);
    await parts.run.click();
    await until(() => parts.verdict.getAttribute('data-verdict')).toBe('same');
    expect(await parts.verdict.innerText()).toBe('It prints what it should. Well done!');
  });

  it('asks nothing of another origin, and fails no request: Pyodide and the worker are the site\'s own', () => {
    expect(watch.problemsOf(page)).toEqual([]);
  });
});
