import fc from 'fast-check';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { pngClaiming } from '../reliability/testing/pixelBomb';
import { imageSizeProblem, readImageSize } from './imageHeader';

const jpegHeader = (width: number, height: number) =>
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 255, width >> 8, width & 255, 3, 0, 0, 0]);

describe('image header', () => {
  it('reads the size of PNG, JPEG, GIF and WebP without decoding', () => {
    expect(readImageSize(PNG.sync.write(new PNG({ width: 3, height: 5 })))).toEqual({ format: 'png', width: 3, height: 5 });
    expect(readImageSize(jpegHeader(640, 480))).toEqual({ format: 'jpeg', width: 640, height: 480 });
    const gif = Buffer.from('GIF89a\x20\x03\x58\x02', 'latin1');
    expect(readImageSize(gif)).toEqual({ format: 'gif', width: 800, height: 600 });
    const webp = Buffer.alloc(30);
    webp.write('RIFF', 0);
    webp.write('WEBPVP8X', 8);
    webp.writeUIntLE(49_999, 24, 3);
    webp.writeUIntLE(49_999, 27, 3);
    expect(readImageSize(webp)).toEqual({ format: 'webp', width: 50_000, height: 50_000 });
    expect(readImageSize(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(readImageSize(new Uint8Array([1, 2, 3]))).toBeNull();
  });

  it('refuses pixel bombs and impossible sizes, accepts ordinary pictures', () => {
    expect(imageSizeProblem(pngClaiming(50_000, 50_000))).toBe(
      'it is 50,000 × 50,000 pixels; images may be at most 40 megapixels and 20,000 pixels on a side',
    );
    expect(imageSizeProblem(pngClaiming(30_000, 10))).toMatch(/30,000 × 10/);
    expect(imageSizeProblem(jpegHeader(65_535, 65_535))).toMatch(/65,535 × 65,535/);
    expect(imageSizeProblem(pngClaiming(0, 10))).toMatch(/0 × 10 pixels, which no image is/);
    expect(imageSizeProblem(pngClaiming(6000, 4000))).toBeNull();
    expect(imageSizeProblem(jpegHeader(4032, 3024))).toBeNull();
  });

  it('never throws, whatever the bytes (truncated headers included)', () => {
    const prefixes = [Buffer.from([0x89, 0x50, 0x4e, 0x47]), Buffer.from([0xff, 0xd8]), Buffer.from('GIF89a'), Buffer.from('RIFF\0\0\0\0WEBPVP8X'), Buffer.from('RIFF\0\0\0\0WEBPVP8L')];
    fc.assert(
      fc.property(fc.constantFrom(...prefixes), fc.uint8Array({ maxLength: 64 }), fc.nat(40), (prefix, tail, cut) => {
        const bytes = Buffer.concat([prefix, Buffer.from(tail)]).subarray(0, prefix.length + cut);
        imageSizeProblem(bytes);
      }),
      { numRuns: 2000 },
    );
  });
});
