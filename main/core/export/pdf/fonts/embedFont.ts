import { PDFName, PDFRawStream, PDFString, type PDFDocument, type PDFRef } from 'pdf-lib';
import { deflate } from '../deflate';
import { subsetTtf } from './subsetTtf';
import type { FontMetrics } from './ttfTables';

export interface EmbeddableFont extends FontMetrics {
  /** PostScript-style name with a subset tag, e.g. "CBAAAB+SourceSans3-Bold". */
  baseName: string;
  bytes: Uint8Array;
  /** Glyph id → [advance width in font units, the text it stands for]. */
  glyphs: Map<number, { advance: number; text: string }>;
}

const hex4 = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
const utf16Hex = (s: string) => [...s].map((c) => {
  const cp = c.codePointAt(0)!;
  if (cp < 0x10000) return hex4(cp);
  const v = cp - 0x10000;
  return hex4(0xd800 + (v >> 10)) + hex4(0xdc00 + (v & 0x3ff));
}).join('');

/** The ToUnicode CMap, so text can be copied, searched and read aloud. */
function toUnicode(glyphs: EmbeddableFont['glyphs']): string {
  const entries = [...glyphs].sort((a, b) => a[0] - b[0]);
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const chunk = entries.slice(i, i + 100);
    blocks.push(`${chunk.length} beginbfchar\n${chunk.map(([gid, g]) => `<${hex4(gid)}> <${utf16Hex(g.text)}>`).join('\n')}\nendbfchar`);
  }
  return `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
${blocks.join('\n')}
endcmap
CMapName currentdict /CMap defineresource pop
end
end`;
}

/** /W: runs of consecutive glyph ids with their widths, in thousandths of an em. */
function widths(font: EmbeddableFont): (number | number[])[] {
  const scale = 1000 / font.unitsPerEm;
  const ids = [...font.glyphs.keys()].sort((a, b) => a - b);
  const out: (number | number[])[] = [];
  let run: number[] = [];
  ids.forEach((gid, i) => {
    if (i === 0 || gid !== ids[i - 1]! + 1) {
      run = [];
      out.push(gid, run);
    }
    run.push(Math.round(font.glyphs.get(gid)!.advance * scale * 100) / 100);
  });
  return out;
}

function stream(pdf: PDFDocument, data: Uint8Array, extra: Record<string, number> = {}): PDFRef {
  const bytes = deflate(data);
  const dict = pdf.context.obj({ ...extra, Filter: 'FlateDecode', Length: bytes.length });
  return pdf.context.register(PDFRawStream.of(dict, bytes));
}

/**
 * Embeds a TrueType font as a Type0/CIDFontType2 with Identity-H encoding and
 * CIDToGIDMap /Identity: the content streams carry the font's glyph ids.
 */
export function embedSubsetFont(pdf: PDFDocument, font: EmbeddableFont, ref: PDFRef): void {
  const { context } = pdf;
  const scale = 1000 / font.unitsPerEm;
  const subset = subsetTtf(font.bytes, font.glyphs.keys());
  const fontFile = stream(pdf, subset, { Length1: subset.length });
  const italic = font.italicAngle !== 0;
  const descriptor = context.register(
    context.obj({
      Type: 'FontDescriptor',
      FontName: font.baseName,
      // Nonsymbolic (32), plus Italic (64) for slanted faces.
      Flags: 32 + (italic ? 64 : 0),
      FontBBox: font.bbox.map((v) => Math.round(v * scale)),
      ItalicAngle: font.italicAngle,
      Ascent: Math.round(font.ascent * scale),
      Descent: Math.round(font.descent * scale),
      CapHeight: Math.round(font.capHeight * scale),
      StemV: 80,
      FontFile2: fontFile,
    }),
  );
  const cidFont = context.register(
    context.obj({
      Type: 'Font',
      Subtype: 'CIDFontType2',
      BaseFont: font.baseName,
      CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
      FontDescriptor: descriptor,
      W: widths(font),
      CIDToGIDMap: 'Identity',
    }),
  );
  const unicode = stream(pdf, Buffer.from(toUnicode(font.glyphs), 'latin1'));
  const dict = context.obj({ Type: 'Font', Subtype: 'Type0', BaseFont: font.baseName, Encoding: 'Identity-H', DescendantFonts: [cidFont], ToUnicode: unicode });
  dict.set(PDFName.of('BaseFont'), PDFName.of(font.baseName));
  context.assign(ref, dict);
}
