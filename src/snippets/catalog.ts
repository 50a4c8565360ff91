/**
 * The snippets on disk: every `snippets/NN-slug/*.py`, with its run metadata and output files.
 * Node only (reads the file system); used by the build plugin, the tests and the update script.
 */
import fs from 'node:fs';
import path from 'node:path';
import {DEFAULT_META, META_FILE, parseMetaFile, type SnippetMeta} from './meta';
import {outputFilesOf, type OutputFile} from './outputs';
import {SnippetError} from './region';

export interface Snippet {
  /** "04-tour/fetch_concurrently.py": the id pages use in file=. */
  id: string;
  absPath: string;
  dir: string;
  name: string;
  meta: SnippetMeta;
  outputs: OutputFile[];
}

/** "04-coroutines-and-the-loop" for a chapter, "blog-first-scraper" for a journal post. */
const CHAPTER_DIR = /^(\d{2}|blog)-[a-z0-9-]+$/;

export function snippetsDirOf(siteDir: string): string {
  return path.join(siteDir, 'snippets');
}

export function loadChapter(snippetsDir: string, chapter: string): Snippet[] {
  const dir = path.join(snippetsDir, chapter);
  const files = fs.readdirSync(dir).sort();
  const names = files.filter((f) => f.endsWith('.py'));
  const metaPath = path.join(dir, META_FILE);
  const metas = fs.existsSync(metaPath)
    ? parseMetaFile(fs.readFileSync(metaPath, 'utf8'), path.relative(path.dirname(snippetsDir), metaPath), names)
    : new Map<string, SnippetMeta>();
  return names.map((name) => ({
    id: `${chapter}/${name}`,
    absPath: path.join(dir, name),
    dir,
    name,
    meta: metas.get(name) ?? DEFAULT_META,
    outputs: outputFilesOf(name, files),
  }));
}

/** Every snippet, sorted by id. Folders must be named like the chapters: "04-tour". */
export function loadSnippets(snippetsDir: string): Snippet[] {
  const all: Snippet[] = [];
  for (const entry of fs.readdirSync(snippetsDir, {withFileTypes: true}).sort((a, b) => a.name.localeCompare(b.name))) {
    if (!entry.isDirectory()) continue;
    if (!CHAPTER_DIR.test(entry.name)) {
      throw new SnippetError(`snippets/${entry.name}: folder names look like "04-chapter-slug"`);
    }
    all.push(...loadChapter(snippetsDir, entry.name));
  }
  return all;
}

/** Finds one snippet for an include, with a message that names the page and line. */
export function findSnippet(snippetsDir: string, id: string, where: string): Snippet {
  const [chapter, name] = id.split('/');
  const absPath = path.join(snippetsDir, id);
  if (!name || id.split('/').length !== 2 || !fs.existsSync(absPath)) {
    throw new SnippetError(`${where}: snippet "${id}" does not exist (looked for snippets/${id})`);
  }
  return loadChapter(snippetsDir, chapter).find((s) => s.name === name)!;
}
