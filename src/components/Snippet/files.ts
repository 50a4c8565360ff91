/**
 * The snippet files a page shows (programs, outputs, traces of timelines), kept out of the page's
 * own script and fetched only when the browser has to draw them.
 *
 * A page opened from a link arrives as HTML with every code block, output and timeline already in
 * it, and React keeps that HTML when it hydrates the page (../Code and ../Timeline/Island hand it
 * their HTML as a string, which React does not compare or redraw). The script needs the files only
 * to draw the page itself: when the reader comes from another page of the site, on the server and
 * in the dev server; and when the reader presses Run, Edit or Copy. So each page's files are one
 * chunk of their own, and a page opened from a link carries its texts once, in its HTML, instead of
 * a second time in its script.
 *
 * The remark plugin (src/remark/snippetInclude.ts) starts each page that shows snippets with
 *
 *   await __pageFiles({"04-x": import.meta.webpackContext("@site/snippets/04-x?raw", {regExp: /^\.\/(?:a\.py|a\.output\.txt)$/, mode: "lazy-once"})})
 *
 * a top-level await: where the browser draws the page, its module is ready only once its files are,
 * and the site shows the page as soon as its module is ready, as before. Where the page came as
 * HTML it loads nothing and goes on at once. (One lazy-once context per folder: the bundler puts
 * its files in one chunk, fetched on the first call.)
 */
import {useCallback, useReducer} from 'react';
import {TIMELINE_DRAWING} from '../../remark/pageFileIds';

/** A bundler context of some files of one folder ("./a.py"), as `?raw` texts, fetched together. */
export interface FolderFiles {
  keys(): string[];
  (key: string): Promise<unknown>;
}

export {TIMELINE_DRAWING};

const files = new Map<string, unknown>();
/** For each id, how to fetch it: its page's loader, once. */
const fetchers = new Map<string, () => Promise<void>>();
/** The HTML a block was drawn with (by the server, or in an earlier visit), by what it shows. */
const drawnHtml = new Map<string, string>();

/**
 * Whether the browser draws this page itself, with no HTML of it to keep: on the server, in the
 * dev server (it renders in the browser only), and for any page the site's script loads after it
 * first rendered (Docusaurus keeps its React root as window.docusaurusRoot from then on).
 */
export function drawnHere(): boolean {
  if (typeof window === 'undefined') return true;
  if (!process.env.HYDRATE_CLIENT_ENTRY) return true;
  return 'docusaurusRoot' in window;
}

/** A text as the bundler hands it over (a string, or a module whose default export is one). */
function textOf(value: unknown): string {
  return typeof value === 'string' ? value : String((value as {default: unknown}).default);
}

/**
 * Registers a page's files and, where the page is drawn here (drawnHere), fetches them; the
 * page's module awaits the result. `folders` holds the page's files by folder under snippets/
 * ("04-x/a.py" is "./a.py" of folder "04-x"); traces (.json) are parsed. `drawing` fetches the
 * drawing code of timelines, for a page that has some (TIMELINE_DRAWING).
 */
export function pageFiles(folders: Record<string, FolderFiles>, drawing?: () => Promise<unknown>): Promise<void> | undefined {
  const entries: [string, () => Promise<unknown>][] = Object.entries(folders).flatMap(([folder, context]) =>
    context.keys().map((key): [string, () => Promise<unknown>] => {
      const id = `${folder}/${key.replace(/^\.\//, '')}`;
      return [id, () => context(key).then((value) => (id.endsWith('.json') ? JSON.parse(textOf(value)) : textOf(value)))];
    }),
  );
  if (drawing) entries.push([TIMELINE_DRAWING, drawing]);
  const ids = entries.map(([id]) => id);
  let loading: Promise<void> | undefined;
  const fetch = () =>
    (loading ??= Promise.all(entries.map(([, get]) => get())).then(
      (values) => ids.forEach((id, i) => files.set(id, values[i])),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  for (const id of ids) if (!fetchers.has(id)) fetchers.set(id, fetch);
  if (ids.every((id) => files.has(id))) return undefined;
  return drawnHere() ? fetch() : undefined;
}

/** A file the page has fetched: a text, a parsed trace, or the timeline drawing. */
export function getFile<T = string>(id: string): T | undefined {
  return files.get(id) as T | undefined;
}

/** Fetches what the page has not yet of `ids` (for Run, Edit, or a block with nothing to show). */
export async function ensureFiles(ids: string[]): Promise<void> {
  await Promise.all(
    ids
      .filter((id) => !files.has(id))
      .map((id) => {
        const fetch = fetchers.get(id);
        return fetch ? fetch() : Promise.reject(new Error(`no page brings snippets/${id}`));
      }),
  );
}

/** The HTML a block showing `key` was drawn with, if one was (drawnHtml). */
export function keptHtml(key: string): string | undefined {
  return drawnHtml.get(key);
}

/**
 * Remembers the HTML of a block the page came with, so that the block can be drawn again without
 * its files when the reader comes back to the page from another one (its module, loaded already,
 * does not fetch them then).
 */
export function keepHtml(key: string, html: string): void {
  drawnHtml.set(key, html);
}

/**
 * For blocks drawn without their files that have nothing to show either (React drew the page
 * afresh, its HTML gone): returns what fetches `ids`, then draws the component again.
 */
export function useFetchMissing(ids: string[]): () => void {
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const key = ids.join('\n');
  return useCallback(() => {
    ensureFiles(key.split('\n')).then(redraw, (error: unknown) => console.warn(error));
  }, [key]);
}
