import fontkit from '@pdf-lib/fontkit';
import { readFileSync } from 'node:fs';
import type { PDFDocument, PDFRef } from 'pdf-lib';
import type { FontFamily } from '../../../../../shared/model';
import { fontFile, type FontVariant } from '../../../brand/fontFiles';
import { embedSubsetFont } from './embedFont';

type FkFont = ReturnType<typeof fontkit.create>;
type Glyph = { id: number; advance: number };

/**
 * What never changes for a font file: its bytes, parsed tables, glyph look-ups
 * and word widths. Shared by every export in the process (fonts are read-only),
 * so a second export starts with warm caches.
 */
class FontData {
  readonly fk: FkFont;
  readonly glyphs = new Map<number, Glyph>();
  readonly wordWidth = new Map<string, number>();

  constructor(readonly bytes: Uint8Array) {
    this.fk = fontkit.create(bytes);
  }

  glyph(cp: number): Glyph {
    let g = this.glyphs.get(cp);
    if (!g) {
      const glyph = this.fk.glyphForCodePoint(cp);
      g = { id: glyph.id, advance: glyph.advanceWidth };
      this.glyphs.set(cp, g);
    }
    return g;
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
 * One font face (family + variant). Measurement and glyph encoding are cached
 * per character and per word: pdf-lib's widthOfTextAtSize/encodeText run the
 * whole shaper on every call, far too slow for a 100-page report. We draw
 * glyph by glyph from the cmap (no ligatures, no kerning), so the widths we
 * measure are exactly the widths the PDF's /W array gives viewers.
 */
export class Face {
  /** Name under which pages' resources list this face, e.g. "F3". */
  readonly resourceName: string;
  /** Ascender and descender (positive), in ems. */
  readonly ascent: number;
  readonly descent: number;
  private readonly fk: FkFont;
  private readonly wordWidth: Map<string, number>;
  private readonly wordHex = new Map<string, string>();
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
    this.wordWidth = data.wordWidth;
    this.resourceName = `F${index + 1}`;
    this.ascent = this.fk.ascent / this.fk.unitsPerEm;
    this.descent = -this.fk.descent / this.fk.unitsPerEm;
  }

  /** True when the face has a real glyph for the character. */
  has(cp: number): boolean {
    return this.fk.hasGlyphForCodePoint(cp);
  }

  private glyph(cp: number): Glyph {
    return this.data.glyph(cp);
  }

  /** Width of text at 1pt without caching it: for one-off strings such as hyphenation candidates. */
  measure(text: string): number {
    let w = 0;
    for (let i = 0; i < text.length; i++) {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) i++;
      w += this.glyph(cp).advance;
    }
    return w / this.fk.unitsPerEm;
  }

  /** Width of text at 1pt, in points (cached per word). */
  width(text: string): number {
    let w = this.wordWidth.get(text);
    if (w === undefined) {
      w = 0;
      for (const ch of text) w += this.glyph(ch.codePointAt(0)!).advance;
      w /= this.fk.unitsPerEm;
      this.wordWidth.set(text, w);
    }
    return w;
  }

  /** Glyph ids of text as the hex a Tj/TJ operator takes (without brackets). */
  hex(text: string): string {
    let h = this.wordHex.get(text);
    if (h === undefined) {
      h = '';
      for (const ch of text) {
        const g = this.glyph(ch.codePointAt(0)!);
        if (!this.drawn.has(g.id)) this.drawn.set(g.id, { advance: g.advance, text: ch });
        h += g.id.toString(16).padStart(4, '0');
      }
      this.wordHex.set(text, h);
    }
    return h;
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
