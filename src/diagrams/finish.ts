/**
 * A drawing as mermaid made it, made fit to commit: the same bytes from every render of the same
 * text (ids named after the drawing, not after mermaid's counters), and small (svgo).
 */
import {optimize} from 'svgo';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Renames ids so that they depend on nothing but the drawing: the root id mermaid was given
 * (`renderedId`, e.g. "drawing-3", an index in the batch) becomes `id`, and every other id (some
 * diagram types number theirs across a whole batch: "actor12") becomes `id-1`, `id-2`... in the
 * order they appear, with every reference to them (url(#x), href="#x", aria-labelledby, CSS #x).
 */
export function renameIds(svg: string, renderedId: string, id: string): string {
  const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
  const names = new Map<string, string>();
  let n = 0;
  for (const old of ids) {
    if (names.has(old)) continue;
    names.set(old, old === renderedId ? id : `${id}-${++n}`);
  }
  // Longest first, so that "actor1" is not renamed inside "actor12".
  const byLength = [...names.keys()].sort((a, b) => b.length - a.length);
  let out = svg;
  for (const old of byLength) {
    const name = names.get(old)!;
    const reference = new RegExp(`(["#\\s(])${escape(old)}(?![\\w-])`, 'g');
    out = out.replace(reference, (_, before: string) => `${before}${name}`);
  }
  return out;
}

/** The drawing's final bytes: ids renamed, then svgo, keeping ids, title, desc and ARIA. */
export function finishDrawing(svg: string, renderedId: string, id: string): string {
  const renamed = renameIds(svg, renderedId, id);
  const {data} = optimize(renamed, {
    multipass: true,
    plugins: [
      {
        name: 'preset-default',
        params: {
          overrides: {
            // Ids are named and referenced above (and by aria-labelledby, which svgo does not follow).
            cleanupIds: false,
            removeDesc: false,
            // Styles are scoped to the drawing's id; moving them into attributes changed nothing
            // but made the files larger, and paths from shapes changed how some edges joined.
            inlineStyles: false,
            convertShapeToPath: false,
          },
        },
      },
    ],
  });
  return `${data}\n`;
}
