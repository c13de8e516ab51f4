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
  const numGlyphs = view(tables, 'maxp').getUint16(4);
  const metrics = view(tables, 'hhea').getUint16(34);
  const hmtx = view(tables, 'hmtx');
  const out = new Uint16Array(numGlyphs);
  let last = 0;
  for (let g = 0; g < numGlyphs; g++) {
    if (g < metrics) last = hmtx.getUint16(g * 4);
    out[g] = last;
  }
  return out;
}

function view(tables: Map<string, Uint8Array>, tag: string): DataView {
  const data = tables.get(tag);
  if (!data) throw new Error(`The font has no ${tag} table.`);
  return new DataView(data.buffer, data.byteOffset, data.byteLength);
}

/** Vertical metrics, slant and bounding box, in font units, from head, hhea, OS/2 and post. */
export interface FontMetrics {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  capHeight: number;
  italicAngle: number;
  bbox: [number, number, number, number];
}

export function fontMetrics(tables: Map<string, Uint8Array>): FontMetrics {
  const head = view(tables, 'head');
  const hhea = view(tables, 'hhea');
  const post = view(tables, 'post');
  const os2 = tables.has('OS/2') ? view(tables, 'OS/2') : null;
  const ascent = hhea.getInt16(4);
  return {
    unitsPerEm: head.getUint16(18),
    ascent,
    descent: hhea.getInt16(6),
    // sCapHeight exists from OS/2 version 2; older fonts: the ascent, as fontkit does.
    capHeight: os2 && os2.getUint16(0) >= 2 ? os2.getInt16(88) : ascent,
    italicAngle: post.getInt32(4) / 65536,
    bbox: [head.getInt16(36), head.getInt16(38), head.getInt16(40), head.getInt16(42)],
  };
}

/**
 * The font's character map as a look-up from code point to glyph id (0 when
 * the font has no glyph): format 12 (full Unicode) when present, else
 * format 4 (BMP). Reading it ourselves is far cheaper, cold, than fontkit's
 * decoding of the same table, and it is the only thing we asked fontkit for.
 */
export function characterMap(tables: Map<string, Uint8Array>): (cp: number) => number {
  const cmap = view(tables, 'cmap');
  const subtables: { platform: number; encoding: number; offset: number; format: number }[] = [];
  for (let i = 0; i < cmap.getUint16(2); i++) {
    const at = 4 + i * 8;
    const offset = cmap.getUint32(at + 4);
    subtables.push({ platform: cmap.getUint16(at), encoding: cmap.getUint16(at + 2), offset, format: cmap.getUint16(offset) });
  }
  const unicode = (s: (typeof subtables)[number]) => s.platform === 0 || (s.platform === 3 && (s.encoding === 1 || s.encoding === 10));
  const full = subtables.find((s) => unicode(s) && s.format === 12);
  if (full) return format12(cmap, full.offset);
  const bmp = subtables.find((s) => unicode(s) && s.format === 4);
  if (bmp) return format4(cmap, bmp.offset);
  throw new Error('The font has no Unicode character map.');
}

function format12(cmap: DataView, offset: number): (cp: number) => number {
  const groups = cmap.getUint32(offset + 12);
  return (cp) => {
    let lo = 0;
    let hi = groups - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = offset + 16 + mid * 12;
      if (cp < cmap.getUint32(at)) hi = mid - 1;
      else if (cp > cmap.getUint32(at + 4)) lo = mid + 1;
      else return cmap.getUint32(at + 8) + (cp - cmap.getUint32(at));
    }
    return 0;
  };
}

function format4(cmap: DataView, offset: number): (cp: number) => number {
  const segments = cmap.getUint16(offset + 6) / 2;
  const ends = offset + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  return (cp) => {
    if (cp > 0xffff) return 0;
    let lo = 0;
    let hi = segments - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cmap.getUint16(ends + mid * 2) < cp) lo = mid + 1;
      else hi = mid;
    }
    const start = cmap.getUint16(starts + lo * 2);
    if (cp < start || cp > cmap.getUint16(ends + lo * 2)) return 0;
    const delta = cmap.getInt16(deltas + lo * 2);
    const range = cmap.getUint16(rangeOffsets + lo * 2);
    if (!range) return (cp + delta) & 0xffff;
    const glyph = cmap.getUint16(rangeOffsets + lo * 2 + range + (cp - start) * 2);
    return glyph ? (glyph + delta) & 0xffff : 0;
  };
}
