import { PDFName, PDFRawStream, type PDFDocument, type PDFRef } from 'pdf-lib';

const COLOURS: Record<number, { space: string; colours: number } | undefined> = {
  0: { space: 'DeviceGray', colours: 1 },
  2: { space: 'DeviceRGB', colours: 3 },
};

/**
 * Embeds an opaque, non-interlaced 8-bit grey or RGB PNG without decoding it:
 * its IDAT data is already a Flate stream with PNG predictors, which PDF
 * readers undo themselves. Returns null for PNGs that need decoding (alpha,
 * palette, interlace, 16-bit), which go through pdf-lib instead.
 */
export function embedPngDirect(pdf: PDFDocument, bytes: Uint8Array): PDFRef | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 33 || view.getUint32(0) !== 0x89504e47) return null;
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  const depth = bytes[24];
  const colour = COLOURS[bytes[25] as number];
  if (depth !== 8 || !colour || bytes[28] !== 0) return null;
  const parts: Uint8Array[] = [];
  let at = 8;
  while (at + 8 <= bytes.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(bytes[at + 4]!, bytes[at + 5]!, bytes[at + 6]!, bytes[at + 7]!);
    if (type === 'IDAT') parts.push(bytes.subarray(at + 8, at + 8 + length));
    if (type === 'tRNS') return null;
    if (type === 'IEND') break;
    at += 12 + length;
  }
  const data = Buffer.concat(parts);
  const dict = pdf.context.obj({
    Type: 'XObject',
    Subtype: 'Image',
    Width: width,
    Height: height,
    BitsPerComponent: 8,
    ColorSpace: colour.space,
    Filter: 'FlateDecode',
    DecodeParms: { Predictor: 15, Colors: colour.colours, BitsPerComponent: 8, Columns: width },
    Length: data.length,
  });
  dict.set(PDFName.of('ColorSpace'), PDFName.of(colour.space));
  return pdf.context.register(PDFRawStream.of(dict, data));
}
