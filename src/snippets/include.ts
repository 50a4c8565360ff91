/**
 * The include a page writes: an empty fence whose meta names a snippet.
 *
 *   ```python file=04-tour/fetch_concurrently.py region=gather no-output
 *   ```
 *
 * `file` is relative to snippets/; `region` picks a named region; `no-output` leaves the output
 * out (for the earlier pieces of a program a chapter walks through region by region).
 */
import path from 'node:path';
import {SnippetError} from './region';

export interface Include {
  /** Path relative to snippets/, with forward slashes: "04-tour/fetch_concurrently.py". */
  file: string;
  region?: string;
  showOutput: boolean;
}

const WORD = /^(?<key>[a-z-]+)(?:=(?<value>\S+))?$/;

/** Parses a fence's meta string; `where` ("docs/x.mdx:12") prefixes every error. */
export function parseInclude(meta: string, where: string): Include {
  let file: string | undefined;
  let region: string | undefined;
  let showOutput = true;
  for (const word of meta.trim().split(/\s+/).filter(Boolean)) {
    const match = WORD.exec(word);
    const key = match?.groups?.key;
    const value = match?.groups?.value;
    if (key === 'file' && value) file = value;
    else if (key === 'region' && value) region = value;
    else if (key === 'no-output' && value === undefined) showOutput = false;
    else {
      throw new SnippetError(`${where}: unknown word "${word}" in the snippet include (known: file=, region=, no-output)`);
    }
  }
  if (!file) {
    throw new SnippetError(`${where}: a snippet include needs file=chapter/name.py`);
  }
  const normalised = path.posix.normalize(file);
  if (path.posix.isAbsolute(file) || normalised.startsWith('../') || normalised === '..' || file.includes('\\')) {
    throw new SnippetError(`${where}: snippet path "${file}" leaves snippets/ (paths are relative to snippets/)`);
  }
  if (!normalised.endsWith('.py')) {
    throw new SnippetError(`${where}: snippet path "${file}" is not a .py file`);
  }
  return {file: normalised, region, showOutput};
}
