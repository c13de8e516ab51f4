/** The tables of a TrueType file by tag, as views on its bytes. */
export function readTables(font: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const count = view.getUint16(4);
  const tables = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(font[at]!, font[at + 1]!, font[at + 2]!, font[at + 3]!);
    const offset = view.getUint32(at + 8);
    const length = view.getUint32(at + 12);
    tables.set(tag, font.subarray(offset, offset + length));
  }
  return tables;
}

/**
 * Advance width of every glyph, in font units, straight from hhea/hmtx:
 * glyphs past numberOfHMetrics share the last advance. Reading the table is
 * far cheaper than asking fontkit, whose glyph metrics decode each outline.
 */
export function advanceWidths(tables: Map<string, Uint8Array>): Uint16Array {
  const table = (tag: string) => {
    const data = tables.get(tag);
    if (!data) throw new Error(`The font has no ${tag} table.`);
    return new DataView(data.buffer, data.byteOffset, data.byteLength);
  };
  const numGlyphs = table('maxp').getUint16(4);
  const metrics = table('hhea').getUint16(34);
  const hmtx = table('hmtx');
  const out = new Uint16Array(numGlyphs);
  let last = 0;
  for (let g = 0; g < numGlyphs; g++) {
    if (g < metrics) last = hmtx.getUint16(g * 4);
    out[g] = last;
  }
  return out;
}
