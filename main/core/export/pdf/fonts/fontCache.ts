import fontkit from '@pdf-lib/fontkit';
import { readFileSync } from 'node:fs';
import type { PDFDocument, PDFFont, PDFRef } from 'pdf-lib';
import type { FontFamily } from '../../../../../shared/model';
import { fontFile, type FontVariant } from '../../../brand/fontFiles';

type FkFont = ReturnType<typeof fontkit.create>;

/**
 * One font face (family + variant). Measurement and glyph encoding are cached
 * per character and per word: pdf-lib's widthOfTextAtSize/encodeText run the
 * whole shaper on every call, which is far too slow for a 100-page report.
 * We draw glyph by glyph from the cmap (no ligatures, no kerning), so our
 * measured widths and the widths the PDF viewer uses are the same numbers.
 */
export class Face {
  /** Name under which pages' resources list this face, e.g. "F3". */
  readonly resourceName: string;
  /** Ascender and descender (positive), in ems. */
  readonly ascent: number;
  readonly descent: number;
  private readonly charWidth = new Map<number, number>();
  private readonly wordWidth = new Map<string, number>();
  private readonly charHex = new Map<number, string>();
  private readonly wordHex = new Map<string, string>();
  private pdfFont: PDFFont | null = null;
  /** Set once anything in this face is drawn, so unused faces are never embedded. */
  used = false;

  constructor(
    readonly family: FontFamily,
    readonly variant: FontVariant,
    private readonly bytes: Uint8Array,
    private readonly fk: FkFont,
    index: number,
  ) {
    this.resourceName = `F${index + 1}`;
    this.ascent = fk.ascent / fk.unitsPerEm;
    this.descent = -fk.descent / fk.unitsPerEm;
  }

  /** True when the face has a real glyph for the character. */
  has(cp: number): boolean {
    return this.fk.hasGlyphForCodePoint(cp);
  }

  private advance(cp: number): number {
    let w = this.charWidth.get(cp);
    if (w === undefined) {
      w = this.fk.glyphForCodePoint(cp).advanceWidth / this.fk.unitsPerEm;
      this.charWidth.set(cp, w);
    }
    return w;
  }

  /** Width of text at 1pt, in points. */
  width(text: string): number {
    let w = this.wordWidth.get(text);
    if (w === undefined) {
      w = 0;
      for (let i = 0; i < text.length; i++) {
        const cp = text.codePointAt(i) as number;
        if (cp > 0xffff) i++;
        w += this.advance(cp);
      }
      this.wordWidth.set(text, w);
    }
    return w;
  }

  /** Glyph ids of text as the hex a Tj/TJ operator takes (without brackets). */
  hex(text: string): string {
    let h = this.wordHex.get(text);
    if (h === undefined) {
      h = '';
      for (let i = 0; i < text.length; i++) {
        const cp = text.codePointAt(i) as number;
        if (cp > 0xffff) i++;
        let g = this.charHex.get(cp);
        if (g === undefined) {
          // pdf-lib's encoder adds the glyph to the subset and the ToUnicode map.
          const encoded = this.font().encodeText(String.fromCodePoint(cp)).toString();
          g = encoded.slice(1, -1);
          this.charHex.set(cp, g);
        }
        h += g;
      }
      this.wordHex.set(text, h);
    }
    return h;
  }

  private font(): PDFFont {
    if (!this.pdfFont) throw new Error(`font ${this.family} ${this.variant} drawn before it was embedded`);
    return this.pdfFont;
  }

  async embed(pdf: PDFDocument): Promise<PDFRef> {
    this.pdfFont ??= await pdf.embedFont(this.bytes, { subset: true, customName: `${this.family.replace(/\s/g, '')}-${this.variant}` });
    return this.pdfFont.ref;
  }
}

/** The faces of one export, loaded once and shared by layout and drawing. */
export class FontCache {
  private readonly faces = new Map<string, Face>();

  face(family: FontFamily, variant: FontVariant): Face {
    const key = `${family}/${variant}`;
    let face = this.faces.get(key);
    if (!face) {
      const bytes = readFileSync(fontFile(family, variant));
      face = new Face(family, variant, bytes, fontkit.create(bytes), this.faces.size);
      this.faces.set(key, face);
    }
    return face;
  }

  /** Embeds every face that was drawn; returns resource name → font ref. */
  async embedUsed(pdf: PDFDocument): Promise<Map<string, PDFRef>> {
    pdf.registerFontkit(fontkit);
    const refs = new Map<string, PDFRef>();
    for (const face of this.faces.values()) if (face.used) refs.set(face.resourceName, await face.embed(pdf));
    return refs;
  }

  all(): Face[] {
    return [...this.faces.values()];
  }
}
