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
