import sharp from 'sharp';
import type { ImageMime } from '../../../../shared/model';
import { doc, figure, h, p } from '../../sample/builders';
import { Project } from '../../store/project';

export type Rgb = [number, number, number];

export interface TestImage {
  name: string;
  mimeType: ImageMime;
  bytes: Buffer;
  alt: string;
  /** The colour that fills the picture, to find it on a rendered page. */
  colour: Rgb;
}

const hex = ([r, g, b]: Rgb) => `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
const solid = (colour: Rgb, width = 120, height = 80) => sharp({ create: { width, height, channels: 3, background: hex(colour) } });

/** The colour of the GIF's second frame, which must never be printed. */
export const GIF_SECOND_FRAME: Rgb = [0, 200, 0];

/** One picture of each type the app accepts, each filled with its own colour; the GIF is animated. */
export async function imagesOfEveryType(): Promise<TestImage[]> {
  const png: Rgb = [128, 0, 128];
  const jpeg: Rgb = [0, 128, 128];
  const gif: Rgb = [224, 0, 0];
  const webp: Rgb = [255, 140, 0];
  const svg: Rgb = [0, 0, 255];
  const frames = [await solid(gif).png().toBuffer(), await solid(GIF_SECOND_FRAME).png().toBuffer()];
  const drawing = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="120" viewBox="0 0 24 12">
    <rect width="24" height="12" fill="${hex(svg)}"/><circle cx="12" cy="6" r="4" fill="#ffffff"/></svg>`;
  return [
    { name: 'chart.png', mimeType: 'image/png', bytes: await solid(png).png().toBuffer(), alt: 'Purple PNG chart', colour: png },
    { name: 'photo.jpg', mimeType: 'image/jpeg', bytes: await solid(jpeg).jpeg().toBuffer(), alt: 'Teal JPEG photograph', colour: jpeg },
    { name: 'anim.gif', mimeType: 'image/gif', bytes: await sharp(frames, { join: { animated: true } }).gif().toBuffer(), alt: 'Red GIF animation', colour: gif },
    { name: 'scan.webp', mimeType: 'image/webp', bytes: await solid(webp).webp({ lossless: true }).toBuffer(), alt: 'Orange WebP scan', colour: webp },
    { name: 'diagram.svg', mimeType: 'image/svg+xml', bytes: Buffer.from(drawing), alt: 'Blue SVG diagram', colour: svg },
  ];
}

/** A WebP whose header is sound (so the store accepts it) but whose picture data is garbage. */
export function brokenWebp(): TestImage {
  const bytes = Buffer.alloc(64, 0x5a);
  bytes.write('RIFF', 0);
  bytes.writeUInt32LE(56, 4);
  bytes.write('WEBPVP8X', 8);
  bytes.writeUInt32LE(10, 16);
  bytes.writeUIntLE(99, 24, 3);
  bytes.writeUIntLE(49, 27, 3);
  return { name: 'broken.webp', mimeType: 'image/webp', bytes, alt: 'Broken WebP figure', colour: [0, 0, 0] };
}

/** A PNG with an alpha channel, half transparent, and a damaged copy of it: sound header, garbage picture data. */
export async function translucentPngs(): Promise<{ translucent: TestImage; damaged: TestImage }> {
  const colour: Rgb = [0, 160, 0];
  const bytes = await sharp({ create: { width: 120, height: 80, channels: 4, background: { r: colour[0], g: colour[1], b: colour[2], alpha: 0.5 } } }).png().toBuffer();
  const damaged = Buffer.from(bytes);
  const data = damaged.indexOf('IDAT') + 4;
  damaged.fill(0x55, data, Math.min(data + 24, damaged.length - 12));
  return {
    translucent: { name: 'overlay.png', mimeType: 'image/png', bytes, alt: 'Half-transparent green overlay', colour: [127, 207, 127] },
    damaged: { name: 'damaged.png', mimeType: 'image/png', bytes: damaged, alt: 'Damaged PNG figure', colour: [0, 0, 0] },
  };
}

/** A project whose one section shows each image as a captioned figure. */
export function projectWithImages(path: string, images: TestImage[]): Project {
  const project = Project.create(path, { title: 'Every image type' });
  project.transaction(() => {
    const figures = images.flatMap((image) => {
      const asset = project.assets.create({ name: image.name, mimeType: image.mimeType, bytes: image.bytes, altText: image.alt, decorative: false });
      return [p(`Before the ${image.name} figure.`), figure({ assetId: asset.id, alt: image.alt, caption: `Caption of ${image.name}`, width: 50 })];
    });
    project.sections.create({ parentId: null, title: 'Pictures', content: doc(h(2, 'Every type'), ...figures) });
  });
  return project;
}

/** How many pixels of a rendered page (PNG or PDF render) are within `tolerance` of `colour`. */
export async function pixelsOfColour(image: Uint8Array, colour: Rgb, tolerance = 24): Promise<number> {
  const { data, info } = await sharp(image).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let count = 0;
  for (let at = 0; at < data.length; at += info.channels) {
    if (Math.abs(data[at]! - colour[0]) <= tolerance && Math.abs(data[at + 1]! - colour[1]) <= tolerance && Math.abs(data[at + 2]! - colour[2]) <= tolerance) count++;
  }
  return count;
}
