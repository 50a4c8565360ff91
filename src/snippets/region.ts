/**
 * Named regions inside a snippet: `# region name` ... `# endregion name`.
 *
 * A page can show one region of a tested program; the markers never reach the reader and the
 * region's text is dedented. Every problem is a SnippetError naming the file and line.
 */

export class SnippetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SnippetError';
  }
}

const MARKER = /^\s*#\s*(region|endregion)\b[ \t]*(\S*)[ \t]*$/;

export interface Region {
  name: string;
  /** 1-based line numbers of the markers themselves. */
  startLine: number;
  endLine: number;
}

/** Finds every region in a Python source, checking that markers pair up. */
export function findRegions(source: string, file = '<snippet>'): Region[] {
  const open = new Map<string, number>();
  const done: Region[] = [];
  source.split('\n').forEach((line, index) => {
    const match = MARKER.exec(line);
    if (!match) return;
    const [, kind, name] = match;
    const lineNo = index + 1;
    if (!name) {
      throw new SnippetError(`${file}:${lineNo}: "# ${kind}" needs a name, e.g. "# ${kind} setup"`);
    }
    if (kind === 'region') {
      if (open.has(name) || done.some((r) => r.name === name)) {
        throw new SnippetError(`${file}:${lineNo}: region "${name}" is defined twice`);
      }
      open.set(name, lineNo);
      return;
    }
    const startLine = open.get(name);
    if (startLine === undefined) {
      throw new SnippetError(`${file}:${lineNo}: "# endregion ${name}" has no matching "# region ${name}"`);
    }
    open.delete(name);
    done.push({name, startLine, endLine: lineNo});
  });
  for (const [name, lineNo] of open) {
    throw new SnippetError(`${file}:${lineNo}: region "${name}" is never closed (add "# endregion ${name}")`);
  }
  return done;
}

function isMarker(line: string): boolean {
  return MARKER.test(line);
}

/** Removes the common leading whitespace of all non-blank lines. */
export function dedent(lines: string[]): string[] {
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => (l.trim() === '' ? '' : l.slice(cut)));
}

function trimBlankEdges(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start].trim() === '') start++;
  while (end > start && lines[end - 1].trim() === '') end--;
  return lines.slice(start, end);
}

/**
 * The text a reader sees: the whole file, or one named region, with every region marker
 * (including those of nested regions) removed and the result dedented.
 */
export function extractRegion(source: string, region: string | undefined, file = '<snippet>'): string {
  const regions = findRegions(source, file);
  const lines = source.replace(/\r\n/g, '\n').split('\n');
  let body: string[];
  if (region === undefined) {
    body = lines;
  } else {
    const found = regions.find((r) => r.name === region);
    if (!found) {
      const known = regions.map((r) => r.name).join(', ') || 'none';
      throw new SnippetError(`${file}: has no region "${region}" (regions: ${known})`);
    }
    body = lines.slice(found.startLine, found.endLine - 1);
  }
  return trimBlankEdges(dedent(body.filter((l) => !isMarker(l)))).join('\n');
}
