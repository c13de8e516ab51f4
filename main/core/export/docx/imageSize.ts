import type { ImageMime } from '../../../../shared/model';
import { readImageSize } from '../../images/imageHeader';

/** The image types Word shows as they are; every other accepted type reaches the exporter as PNG (withPrintableImages). */
const WORD_TYPES: Partial<Record<ImageMime, 'png' | 'jpg'>> = { 'image/png': 'png', 'image/jpeg': 'jpg' };
export const wordImageType = (mime: ImageMime) => WORD_TYPES[mime];

/** Pixel size of a PNG or JPEG from its header, so figures keep their aspect ratio. */
export function imageSize(bytes: Uint8Array): { width: number; height: number } | null {
  const size = readImageSize(bytes);
  return size && { width: size.width, height: size.height };
}
