/**
 * How wide a line of text is in a TrueType font, read from the font file itself (its cmap, hhea
 * and hmtx tables), so that the card template can wrap a title before resvg draws it: SVG text
 * does not wrap. Advance widths only, no kerning: kerning only ever narrows DejaVu's lines, so a
 * line that fits here fits on the card. Node only.
 */

export interface FontMetrics {
  /** The width of `text` at `fontSize` px. */
  width(text: string, fontSize: number): number;
}

export function fontMetrics(font: Buffer): FontMetrics {
  const tables = new Map<string, number>();
  const numTables = font.readUInt16BE(4);
  for (let i = 0; i < numTables; i++) {
    const at = 12 + 16 * i;
    tables.set(font.toString('latin1', at, at + 4), font.readUInt32BE(at + 8));
  }
  const table = (tag: string) => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`the font has no ${tag} table`);
    return offset;
  };
  const unitsPerEm = font.readUInt16BE(table('head') + 18);
  const numberOfHMetrics = font.readUInt16BE(table('hhea') + 34);
  const hmtx = table('hmtx');
  const advanceOf = (glyph: number) => font.readUInt16BE(hmtx + 4 * Math.min(glyph, numberOfHMetrics - 1));

  // The Unicode BMP subtable (platform 3, encoding 1) in format 4: segments of code points.
  const cmap = table('cmap');
  let subtable: number | undefined;
  for (let i = 0; i < font.readUInt16BE(cmap + 2); i++) {
    const record = cmap + 4 + 8 * i;
    if (font.readUInt16BE(record) === 3 && font.readUInt16BE(record + 2) === 1) subtable = cmap + font.readUInt32BE(record + 4);
  }
  if (subtable === undefined || font.readUInt16BE(subtable) !== 4) throw new Error('the font has no Unicode BMP cmap (format 4)');
  const segments = font.readUInt16BE(subtable + 6) / 2;
  const ends = subtable + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  const glyphOf = (code: number): number => {
    for (let s = 0; s < segments; s++) {
      if (code > font.readUInt16BE(ends + 2 * s)) continue;
      const start = font.readUInt16BE(starts + 2 * s);
      if (code < start) return 0;
      const delta = font.readUInt16BE(deltas + 2 * s);
      const rangeOffset = font.readUInt16BE(rangeOffsets + 2 * s);
      if (rangeOffset === 0) return (code + delta) & 0xffff;
      const glyph = font.readUInt16BE(rangeOffsets + 2 * s + rangeOffset + 2 * (code - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };

  const advances = new Map<string, number>();
  return {
    width(text, fontSize) {
      let units = 0;
      for (const char of text) {
        let advance = advances.get(char);
        if (advance === undefined) {
          advance = advanceOf(glyphOf(char.codePointAt(0) ?? 0));
          advances.set(char, advance);
        }
        units += advance;
      }
      return (units / unitsPerEm) * fontSize;
    },
  };
}
