import { randomUUID } from 'node:crypto';
import { ImageMime } from '../../../shared/model';

/** An image met during conversion, stored as an asset only when the whole import succeeds. */
export interface ImportedImage {
  id: string;
  name: string;
  mimeType: ImageMime;
  bytes: Uint8Array;
  altText: string;
}

/** How converters mark an image in their HTML; imagesToFigures turns the mark into a figure. */
export const ASSET_SRC_PREFIX = 'casebook-asset:';

export function newImportedImage(bytes: Uint8Array, contentType: string, altText: string, index: number): ImportedImage | null {
  const mime = ImageMime.safeParse(contentType.toLowerCase());
  if (!mime.success) return null;
  const extension = mime.data.split('/')[1]!.replace('+xml', '').replace('jpeg', 'jpg');
  return { id: randomUUID(), name: `imported-image-${index}.${extension}`, mimeType: mime.data, bytes, altText: altText.trim() };
}
