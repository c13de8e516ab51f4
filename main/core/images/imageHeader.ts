/** Largest image Casebook stores: 40 megapixels decodes to 160 MB, enough for any photograph or chart. */
export const MAX_IMAGE_PIXELS = 40_000_000;
export const MAX_IMAGE_SIDE = 20_000;

export interface ImageSize {
  format: 'png' | 'jpeg' | 'gif' | 'webp';
  width: number;
  height: number;
}

const ascii = (bytes: Uint8Array, from: number, length: number) => String.fromCharCode(...bytes.subarray(from, from + length));

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function pngSize(b: Uint8Array): ImageSize | null {
  if (b.length < 24 || b[0] !== 0x89 || ascii(b, 1, 3) !== 'PNG' || ascii(b, 12, 4) !== 'IHDR') return null;
  const v = view(b);
  return { format: 'png', width: v.getUint32(16), height: v.getUint32(20) };
}

function gifSize(b: Uint8Array): ImageSize | null {
  if (b.length < 10 || !/^GIF8[79]a$/.test(ascii(b, 0, 6))) return null;
  const v = view(b);
  return { format: 'gif', width: v.getUint16(6, true), height: v.getUint16(8, true) };
}

/** Walks JPEG segments to the first start-of-frame marker, which holds the size. */
function jpegSize(b: Uint8Array): ImageSize | null {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return null;
  const v = view(b);
  let at = 2;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return null;
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at++;
      continue;
    }
    const length = v.getUint16(at + 2);
    // SOF0–SOF15, except DHT (C4), JPG (C8) and DAC (CC), carry height then width.
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return { format: 'jpeg', height: v.getUint16(at + 5), width: v.getUint16(at + 7) };
    }
    if (length < 2) return null;
    at += 2 + length;
  }
  return null;
}

function webpSize(b: Uint8Array): ImageSize | null {
  if (b.length < 30 || ascii(b, 0, 4) !== 'RIFF' || ascii(b, 8, 4) !== 'WEBP') return null;
  const v = view(b);
  const chunk = ascii(b, 12, 4);
  const u24 = (at: number) => b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16);
  if (chunk === 'VP8X') return { format: 'webp', width: 1 + u24(24), height: 1 + u24(27) };
  if (chunk === 'VP8L') {
    const bits = v.getUint32(21, true);
    return { format: 'webp', width: 1 + (bits & 0x3fff), height: 1 + ((bits >> 14) & 0x3fff) };
  }
  if (chunk === 'VP8 ') return { format: 'webp', width: v.getUint16(26, true) & 0x3fff, height: v.getUint16(28, true) & 0x3fff };
  return null;
}

/** The size a raster image says it has, read from its header without decoding it; null when the header is not recognised. */
export function readImageSize(bytes: Uint8Array): ImageSize | null {
  return pngSize(bytes) ?? jpegSize(bytes) ?? gifSize(bytes) ?? webpSize(bytes);
}

/**
 * Why an image must not be stored, or null: a small file can claim billions of pixels (a
 * "pixel bomb") that would exhaust memory when the editor or an exporter decodes it.
 */
export function imageSizeProblem(bytes: Uint8Array): string | null {
  const size = readImageSize(bytes);
  if (!size) return null;
  const { width, height } = size;
  if (width === 0 || height === 0) return `it claims to be ${width} × ${height} pixels, which no image is`;
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE || width * height > MAX_IMAGE_PIXELS) {
    return `it is ${width.toLocaleString('en-GB')} × ${height.toLocaleString('en-GB')} pixels; images may be at most ${MAX_IMAGE_PIXELS / 1_000_000} megapixels and ${MAX_IMAGE_SIDE.toLocaleString('en-GB')} pixels on a side`;
  }
  return null;
}
