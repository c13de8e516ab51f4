import fontkit from '@pdf-lib/fontkit';
import { readFileSync } from 'node:fs';
import type { PDFDocument, PDFRef } from 'pdf-lib';
import type { FontFamily } from '../../../../../shared/model';
import { fontFile, type FontVariant } from '../../../brand/fontFiles';
import { embedSubsetFont } from './embedFont';
import { advanceWidths, readTables } from './ttfTables';

type FkFont = ReturnType<typeof fontkit.create>;

/** Characters below this are looked up in flat tables; the rest (astral planes) in maps. */
const BMP = 0x10000;

/**
 * What never changes for a font file: its bytes, parsed tables and, per
 * character, the glyph id and advance. Shared by every export in the process
 * (fonts are read-only), so a second export starts with warm tables. Flat
 * typed arrays indexed by UTF-16 code unit keep measuring a word a tight loop
 * with no allocation.
 */
class FontData {
  readonly fk: FkFont;
  private readonly advances: Uint16Array;
  /** Glyph id per BMP character; -1 until first looked up. */
  private readonly gids = new Int32Array(BMP).fill(-1);
  /** Advance in ems per BMP character; NaN until first looked up. */
  readonly ems = new Float64Array(BMP).fill(NaN);
  private readonly astral = new Map<number, number>();

  constructor(readonly bytes: Uint8Array) {
    this.fk = fontkit.create(bytes);
    this.advances = advanceWidths(readTables(bytes));
  }

  gid(cp: number): number {
    if (cp >= BMP) {
      let g = this.astral.get(cp);
      if (g === undefined) this.astral.set(cp, (g = this.fk.glyphForCodePoint(cp).id));
      return g;
    }
    let g = this.gids[cp]!;
    if (g < 0) {
      g = this.fk.glyphForCodePoint(cp).id;
      this.gids[cp] = g;
      // Surrogate halves never get a width of their own: a pair is measured as one code point.
      if (cp < 0xd800 || cp >= 0xe000) this.ems[cp] = this.advance(g) / this.fk.unitsPerEm;
    }
    return g;
  }

  advance(gid: number): number {
    return this.advances[gid] ?? 0;
  }

  /** Advance of a character in ems. */
  em(cp: number): number {
    if (cp < BMP) {
      const em = this.ems[cp]!;
      if (em === em) return em;
    }
    return this.advance(this.gid(cp)) / this.fk.unitsPerEm;
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
  private readonly fk: FkFont;
  /** BMP characters drawn so far (1), so `drawn` is filled once per character. */
  private readonly drawnChars = new Uint8Array(BMP);
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
    this.fk = data.fk;
    this.resourceName = `F${index + 1}`;
    this.ascent = this.fk.ascent / this.fk.unitsPerEm;
    this.descent = -this.fk.descent / this.fk.unitsPerEm;
  }

  /** True when the face has a real glyph for the character. */
  has(cp: number): boolean {
    return this.fk.hasGlyphForCodePoint(cp);
  }

  /** Width of text at 1pt, in points. */
  width(text: string): number {
    const ems = this.data.ems;
    let w = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const em = ems[c]!;
      if (em === em) {
        w += em;
        continue;
      }
      const cp = text.codePointAt(i)!;
      if (cp >= BMP) i++;
      w += this.data.em(cp);
    }
    return w;
  }

  /** The glyph id that draws code point `cp`, recorded for embedding and the ToUnicode map. */
  drawGlyph(cp: number): number {
    if (cp < BMP && this.drawnChars[cp]) return this.data.gid(cp);
    const gid = this.data.gid(cp);
    if (!this.drawn.has(gid)) this.drawn.set(gid, { advance: this.data.advance(gid), text: String.fromCodePoint(cp) });
    if (cp < BMP) this.drawnChars[cp] = 1;
    return gid;
  }

  /** Embeds the glyphs drawn so far; call after every page is drawn. */
  embed(pdf: PDFDocument, ref: PDFRef): void {
    const tag = `CB${String.fromCharCode(65 + this.index)}${'AAA'}`.slice(0, 6);
    const ps = `${this.family.replace(/\s/g, '')}-${this.variant[0]!.toUpperCase()}${this.variant.slice(1)}`;
    const bbox = this.fk.bbox;
    embedSubsetFont(pdf, {
      baseName: `${tag}+${ps}`,
      bytes: this.data.bytes,
      unitsPerEm: this.fk.unitsPerEm,
      ascent: this.fk.ascent,
      descent: this.fk.descent,
      capHeight: this.fk.capHeight,
      italicAngle: this.fk.italicAngle,
      bbox: [bbox.minX, bbox.minY, bbox.maxX, bbox.maxY],
      glyphs: this.drawn,
    }, ref);
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
