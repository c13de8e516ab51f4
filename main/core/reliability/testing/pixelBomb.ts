import { PNG } from 'pngjs';

/** A real PNG, then its header rewritten to claim another size (what a pixel bomb does). */
export function pngClaiming(width: number, height: number): Buffer {
  const bytes = PNG.sync.write(new PNG({ width: 2, height: 2 }));
  bytes.writeUInt32BE(width, 16);
  bytes.writeUInt32BE(height, 20);
  return bytes;
}
