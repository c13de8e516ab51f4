import { deflateSync } from 'node:zlib';
import { PDFName, PDFRawStream, type PDFDocument, type PDFRef } from 'pdf-lib';
import { MAX_IMAGE_PIXELS } from '../../images/imageHeader';
import { sharpModule } from '../../images/sharpModule';

function imageStream(pdf: PDFDocument, pixels: Buffer, width: number, height: number, space: 'DeviceRGB' | 'DeviceGray', mask?: PDFRef): PDFRef {
  const data = deflateSync(pixels);
  const dict = pdf.context.obj({ Type: 'XObject', Subtype: 'Image', Width: width, Height: height, BitsPerComponent: 8, Filter: 'FlateDecode', Length: data.length });
  dict.set(PDFName.of('ColorSpace'), PDFName.of(space));
  if (mask) dict.set(PDFName.of('SMask'), mask);
  return pdf.context.register(PDFRawStream.of(dict, data));
}

/**
 * Embeds a PNG that PDF cannot take as it is (alpha, palette, 16-bit,
 * interlaced): decoded by sharp to 8-bit RGB, its transparency as a soft mask.
 * A damaged PNG fails here with a reason (pdf-lib's own decoder can loop for
 * ever on one).
 */
export async function embedDecodedPng(pdf: PDFDocument, bytes: Uint8Array): Promise<PDFRef> {
  const sharp = await sharpModule();
  const { data, info } = await sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error' })
    .toColourspace('srgb')
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true });
  const { width, height, channels } = info;
  if (channels === 3) return imageStream(pdf, data, width, height, 'DeviceRGB');
  if (channels !== 4) throw new Error(`${channels} colour channels`);
  const count = width * height;
  const colour = Buffer.alloc(count * 3);
  const alpha = Buffer.alloc(count);
  for (let i = 0; i < count; i++) {
    colour[i * 3] = data[i * 4]!;
    colour[i * 3 + 1] = data[i * 4 + 1]!;
    colour[i * 3 + 2] = data[i * 4 + 2]!;
    alpha[i] = data[i * 4 + 3]!;
  }
  return imageStream(pdf, colour, width, height, 'DeviceRGB', imageStream(pdf, alpha, width, height, 'DeviceGray'));
}
