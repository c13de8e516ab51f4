import { readFileSync } from 'node:fs';
import type { PDFDocument, PDFRef } from 'pdf-lib';
import type { FontFamily } from '../../../../../shared/model';
import { fontFile, type FontVariant } from '../../../brand/fontFiles';
import { embedSubsetFont } from './embedFont';
import { advanceWidths, characterMap, fontMetrics, readTables, type FontMetrics } from './ttfTables';

/**
 * Characters below this (Latin, Greek, Cyrillic, punctuation, symbols, maths)
 * are looked up in flat tables, the rare rest in a map: tables of the whole
 * BMP cost more to allocate, cold, than the look-ups they save.
 */
const TABLE = 0x3000;

/**
 * What never changes for a font file: its bytes, parsed tables and, per
 * character, the glyph id and advance. Shared by every export in the process
 * (fonts are read-only), so a second export starts with warm tables. Flat
 * typed arrays indexed by UTF-16 code unit keep measuring a word a tight loop
 * with no allocation.
 */
class FontData {
  readonly metrics: FontMetrics;
  private readonly cmap: (cp: number) => number;
  private readonly advances: Uint16Array;
  /** Glyph id per character below TABLE; -1 until first looked up. */
  private readonly gids = new Int32Array(TABLE).fill(-1);
  /** Advance in ems per character below TABLE; NaN until first looked up. */
  readonly ems = new Float64Array(TABLE).fill(NaN);
  private readonly others = new Map<number, number>();

  constructor(readonly bytes: Uint8Array) {
    const tables = readTables(bytes);
    this.metrics = fontMetrics(tables);
    this.cmap = characterMap(tables);
    this.advances = advanceWidths(tables);
  }

  gid(cp: number): number {
    if (cp >= TABLE) {
      let g = this.others.get(cp);
      if (g === undefined) this.others.set(cp, (g = this.cmap(cp)));
      return g;
    }
    let g = this.gids[cp]!;
    if (g < 0) {
      g = this.cmap(cp);
      this.gids[cp] = g;
      this.ems[cp] = this.advance(g) / this.metrics.unitsPerEm;
    }
    return g;
  }

  advance(gid: number): number {
    return this.advances[gid] ?? 0;
  }

  /** Advance of a character in ems. */
  em(cp: number): number {
    const em = cp < TABLE ? this.ems[cp]! : NaN;
    return em === em ? em : this.advance(this.gid(cp)) / this.metrics.unitsPerEm;
  }
}

const loaded = new Map<string, FontData>();

function fontData(family: FontFamily, variant: FontVariant): FontData {
  const key = `${family}/${variant}`;
  let data = loaded.get(key);
  if (!data) {
    data = new FontData(readFileSync(fontFile(family, variant)));
    loaded.set(key, data);
  }
  return data;
}

/**
 * One font face (family + variant). Measurement and glyph encoding use the
 * font's own cmap and hmtx through per-character tables: pdf-lib's
 * widthOfTextAtSize/encodeText run the whole shaper on every call, far too
 * slow for a 100-page report. We draw glyph by glyph from the cmap (no
 * ligatures, no kerning), so the widths we measure are exactly the widths the
 * PDF's /W array gives viewers.
 */
export class Face {
  /** Name under which pages' resources list this face, e.g. "F3". */
  readonly resourceName: string;
  /** Ascender and descender (positive), in ems. */
  readonly ascent: number;
  readonly descent: number;
  /** Characters below TABLE drawn so far (1), so `drawn` is filled once per character. */
  private readonly drawnChars = new Uint8Array(TABLE);
  /** Glyphs drawn, with the text each stands for (the ToUnicode map). */
  private readonly drawn = new Map<number, { advance: number; text: string }>();
  /** Set once anything in this face is drawn, so unused faces are never embedded. */
  used = false;

  constructor(
    readonly family: FontFamily,
    readonly variant: FontVariant,
    private readonly data: FontData,
    private readonly index: number,
  ) {
    const { ascent, descent, unitsPerEm } = data.metrics;
    this.resourceName = `F${index + 1}`;
    this.ascent = ascent / unitsPerEm;
    this.descent = -descent / unitsPerEm;
  }

  /** True when the face has a real glyph for the character. */
  has(cp: number): boolean {
    return this.data.gid(cp) !== 0;
  }

  /** Width of text at 1pt, in points. */
  width(text: string): number {
    const ems = this.data.ems;
    let w = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const em = c < TABLE ? ems[c]! : NaN;
      if (em === em) {
        w += em;
        continue;
      }
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) i++;
      w += this.data.em(cp);
    }
    return w;
  }

  /** The glyph id that draws code point `cp`, recorded for embedding and the ToUnicode map. */
  drawGlyph(cp: number): number {
    if (cp < TABLE && this.drawnChars[cp]) return this.data.gid(cp);
    const gid = this.data.gid(cp);
    if (!this.drawn.has(gid)) this.drawn.set(gid, { advance: this.data.advance(gid), text: String.fromCodePoint(cp) });
    if (cp < TABLE) this.drawnChars[cp] = 1;
    return gid;
  }

  /** Embeds the glyphs drawn so far; call after every page is drawn. */
  embed(pdf: PDFDocument, ref: PDFRef): void {
    const tag = `CB${String.fromCharCode(65 + this.index)}${'AAA'}`.slice(0, 6);
    const ps = `${this.family.replace(/\s/g, '')}-${this.variant[0]!.toUpperCase()}${this.variant.slice(1)}`;
    embedSubsetFont(pdf, { ...this.data.metrics, baseName: `${tag}+${ps}`, bytes: this.data.bytes, glyphs: this.drawn }, ref);
  }
}

/** The faces of one export, loaded once and shared by layout and drawing. */
export class FontCache {
  private readonly faces = new Map<string, Face>();
  private readonly refs = new Map<Face, PDFRef>();

  face(family: FontFamily, variant: FontVariant): Face {
    const key = `${family}/${variant}`;
    let face = this.faces.get(key);
    if (!face) {
      face = new Face(family, variant, fontData(family, variant), this.faces.size);
      this.faces.set(key, face);
    }
    return face;
  }

  /**
   * Reserves a font object for every face some line draws; returns resource
   * name → ref. The objects are filled by embedDrawn once the glyphs are known.
   */
  reserve(pdf: PDFDocument): Map<string, PDFRef> {
    const out = new Map<string, PDFRef>();
    for (const face of this.faces.values()) {
      if (!face.used) continue;
      const ref = pdf.context.nextRef();
      this.refs.set(face, ref);
      out.set(face.resourceName, ref);
    }
    return out;
  }

  embedDrawn(pdf: PDFDocument): void {
    for (const [face, ref] of this.refs) face.embed(pdf, ref);
  }
}
