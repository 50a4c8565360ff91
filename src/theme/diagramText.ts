/**
 * The text alternative a mermaid diagram declares for itself: `accTitle: ...` and either
 * `accDescr: ...` or a multi-line `accDescr { ... }`. Pure, so the build and the tests agree.
 */
export interface DiagramText {
  title?: string;
  description?: string;
}

export function diagramText(source: string): DiagramText {
  const title = /^\s*accTitle\s*:\s*(.+?)\s*$/m.exec(source)?.[1];
  const line = /^\s*accDescr\s*:\s*(.+?)\s*$/m.exec(source)?.[1];
  const block = /^\s*accDescr\s*\{([\s\S]*?)\}/m.exec(source)?.[1];
  const description = line ?? block?.split('\n').map((l) => l.trim()).filter(Boolean).join(' ');
  return {title, description};
}

/**
 * A short stable key for a diagram's source (FNV-1a, 32 bits, hex), used to look up the size
 * its drawing takes, measured by `npm run diagrams:measure`. Pure: the browser and Node agree.
 */
export function diagramKey(source: string): string {
  let hash = 0x811c9dc5;
  for (const char of source.trim()) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The space a diagram's drawing takes, in CSS pixels. Most diagrams scale with their width (keep
 * the aspect ratio, never wider than `width`); `fluid` ones (gantt charts) fill the width of the
 * page at a fixed `height`.
 */
export interface DiagramSize {
  width: number;
  height: number;
  fluid?: true;
}

/** Sizes keyed by diagramKey, as in src/diagram-sizes.json. */
export type DiagramSizes = Record<string, DiagramSize>;

/** The CSS that holds a diagram's space before it is drawn. */
export function reservedStyle(size: DiagramSize): {aspectRatio?: string; maxWidth?: string; height?: string} {
  return size.fluid ? {height: `${size.height}px`} : {aspectRatio: `${size.width} / ${size.height}`, maxWidth: `${size.width}px`};
}
