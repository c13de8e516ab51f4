import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Brand, ImageMime } from '../../../shared/model';
import { resourcesDir } from '../resourcesDir';

export interface BrandLogo {
  bytes: Uint8Array;
  mimeType: ImageMime;
  /** What a screen reader says for it. */
  altText: string;
}

/**
 * A brand's logo: the project asset it names, else the PNG shipped for a bundled
 * brand in resources/brands/logos/<brand id>.png, else none.
 */
export function brandLogo(brand: Brand, assets: Map<string, { bytes: Uint8Array; mimeType: ImageMime; altText: string }>): BrandLogo | null {
  const own = brand.logoAssetId ? assets.get(brand.logoAssetId) : undefined;
  if (own) return { bytes: own.bytes, mimeType: own.mimeType, altText: own.altText || `${brand.name} logo` };
  // The shipped logos are the Casebook wordmark (drawn by makeBrandLogos.ts).
  const shipped = join(resourcesDir(), 'brands', 'logos', `${brand.id}.png`);
  return existsSync(shipped) ? { bytes: readFileSync(shipped), mimeType: 'image/png', altText: 'Casebook' } : null;
}
