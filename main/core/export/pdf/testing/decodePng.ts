import { inflateSync } from 'node:zlib';

export interface Raster {
  width: number;
  height: number;
  /** Bytes per pixel (3 RGB, 4 RGBA, 1 grey). */
  channels: number;
  data: Uint8Array;
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

/** Decodes the 8-bit, non-interlaced PNGs pdftoppm writes; enough for comparing renders in tests. */
export function decodePng(bytes: Uint8Array): Raster {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  const channels = CHANNELS[bytes[25] as number];
  if (bytes[24] !== 8 || !channels || bytes[28] !== 0) throw new Error('only 8-bit non-interlaced grey/RGB(A) PNGs are supported');
  const idat: Uint8Array[] = [];
  for (let at = 8; at + 8 <= bytes.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (type === 'IDAT') idat.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const data = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? data[y * stride + x - channels]! : 0;
      const b = y > 0 ? data[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? data[(y - 1) * stride + x - channels]! : 0;
      let v = line[x]!;
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      data[y * stride + x] = v & 0xff;
    }
  }
  return { width, height, channels, data };
}

/** Share of pixels whose channels differ by more than `threshold` (0–255); images of different sizes differ wholly. */
export function pixelDifference(a: Raster, b: Raster, threshold = 48): number {
  if (a.width !== b.width || a.height !== b.height || a.channels !== b.channels) return 1;
  let differing = 0;
  const pixels = a.width * a.height;
  for (let i = 0; i < pixels; i++) {
    for (let k = 0; k < a.channels; k++) {
      if (Math.abs(a.data[i * a.channels + k]! - b.data[i * a.channels + k]!) > threshold) {
        differing++;
        break;
      }
    }
  }
  return differing / pixels;
}
