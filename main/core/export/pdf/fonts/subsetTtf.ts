/**
 * A TrueType subsetter that keeps glyph ids: glyphs not used are emptied in
 * glyf/loca, so text can be written as the font's own glyph ids (CIDToGIDMap
 * /Identity) and the file shrinks to the outlines a report draws.
 *
 * We do not use pdf-lib's subsetting (fontkit's TTFSubset): with the
 * Source Sans 3 and Merriweather TTFs it drops outlines of common letters,
 * which then render blank.
 */

import { readTables } from './ttfTables';

/** Tables a PDF viewer needs to rasterise a CIDFontType2; layout tables (GSUB, GPOS, …) are dropped. */
const KEEP = new Set(['cmap', 'head', 'hhea', 'hmtx', 'maxp', 'name', 'OS/2', 'post', 'cvt ', 'fpgm', 'prep', 'gasp', 'loca', 'glyf']);

interface Table {
  tag: string;
  data: Uint8Array;
}

function glyphOffsets(loca: Uint8Array, longFormat: boolean, numGlyphs: number): number[] {
  const view = new DataView(loca.buffer, loca.byteOffset, loca.byteLength);
  const out: number[] = [];
  for (let i = 0; i <= numGlyphs; i++) out.push(longFormat ? view.getUint32(i * 4) : view.getUint16(i * 2) * 2);
  return out;
}

/** Adds the components of composite glyphs, recursively, to `used`. */
function addComponents(glyf: Uint8Array, offsets: number[], used: Set<number>): void {
  const view = new DataView(glyf.buffer, glyf.byteOffset, glyf.byteLength);
  const queue = [...used];
  while (queue.length) {
    const gid = queue.pop()!;
    const start = offsets[gid];
    const end = offsets[gid + 1];
    if (start === undefined || end === undefined || end - start < 10 || view.getInt16(start) >= 0) continue;
    let p = start + 10;
    for (;;) {
      const flags = view.getUint16(p);
      const component = view.getUint16(p + 2);
      if (!used.has(component)) {
        used.add(component);
        queue.push(component);
      }
      p += 4 + (flags & 0x0001 ? 4 : 2);
      if (flags & 0x0008) p += 2;
      else if (flags & 0x0040) p += 4;
      else if (flags & 0x0080) p += 8;
      if (!(flags & 0x0020)) break;
    }
  }
}

function checksum(data: Uint8Array): number {
  const padded = new Uint8Array((data.length + 3) & ~3);
  padded.set(data);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

function assemble(tables: Table[]): Uint8Array {
  tables.sort((a, b) => (a.tag < b.tag ? -1 : 1));
  const n = tables.length;
  const pow = 2 ** Math.floor(Math.log2(n));
  const headerSize = 12 + 16 * n;
  const total = tables.reduce((sum, t) => sum + ((t.data.length + 3) & ~3), headerSize);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint32(0, 0x00010000);
  view.setUint16(4, n);
  view.setUint16(6, pow * 16);
  view.setUint16(8, Math.log2(pow));
  view.setUint16(10, n * 16 - pow * 16);
  let offset = headerSize;
  let headAt = -1;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    for (let k = 0; k < 4; k++) out[at + k] = t.tag.charCodeAt(k);
    view.setUint32(at + 4, checksum(t.data));
    view.setUint32(at + 8, offset);
    view.setUint32(at + 12, t.data.length);
    out.set(t.data, offset);
    if (t.tag === 'head') headAt = offset;
    offset += (t.data.length + 3) & ~3;
  });
  if (headAt >= 0) view.setUint32(headAt + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}

/** The font with only `glyphIds` (plus .notdef and composite parts) keeping their outlines. */
export function subsetTtf(font: Uint8Array, glyphIds: Iterable<number>): Uint8Array {
  const tables = readTables(font);
  const head = new Uint8Array(tables.get('head')!);
  const maxp = tables.get('maxp')!;
  const numGlyphs = new DataView(maxp.buffer, maxp.byteOffset).getUint16(4);
  const longFormat = new DataView(head.buffer).getInt16(50) === 1;
  const glyf = tables.get('glyf')!;
  const offsets = glyphOffsets(tables.get('loca')!, longFormat, numGlyphs);
  const used = new Set<number>([0, ...glyphIds]);
  addComponents(glyf, offsets, used);

  const ids = [...used].filter((g) => g < numGlyphs).sort((a, b) => a - b);
  const size = ids.reduce((n, g) => n + ((offsets[g + 1]! - offsets[g]! + 3) & ~3), 0);
  const newGlyf = new Uint8Array(size);
  const newLoca = new Uint8Array((numGlyphs + 1) * 4);
  const locaView = new DataView(newLoca.buffer);
  let at = 0;
  for (let g = 0; g < numGlyphs; g++) {
    locaView.setUint32(g * 4, at);
    if (used.has(g)) {
      newGlyf.set(glyf.subarray(offsets[g]!, offsets[g + 1]!), at);
      at += (offsets[g + 1]! - offsets[g]! + 3) & ~3;
    }
  }
  locaView.setUint32(numGlyphs * 4, at);
  new DataView(head.buffer).setInt16(50, 1);
  new DataView(head.buffer).setUint32(8, 0);

  const out: Table[] = [];
  for (const [tag, data] of tables) {
    if (!KEEP.has(tag)) continue;
    if (tag === 'glyf') out.push({ tag, data: newGlyf });
    else if (tag === 'loca') out.push({ tag, data: newLoca });
    else if (tag === 'head') out.push({ tag, data: head });
    else if (tag === 'post' && data.length > 32) {
      // Glyph names are not needed in a PDF; version 3 drops them.
      const post = new Uint8Array(data.subarray(0, 32));
      new DataView(post.buffer).setUint32(0, 0x00030000);
      out.push({ tag, data: post });
    } else out.push({ tag, data });
  }
  return assemble(out);
}
