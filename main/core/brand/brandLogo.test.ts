import { describe, expect, it } from 'vitest';
import { brandLogo } from './brandLogo';
import { bundledBrands } from './bundledBrands';

const PNG = [0x89, 0x50, 0x4e, 0x47];

describe('brandLogo', () => {
  it('finds the PNG shipped with each bundled brand', () => {
    for (const brand of bundledBrands()) {
      const logo = brandLogo(brand, new Map());
      expect(logo?.mimeType, brand.name).toBe('image/png');
      expect([...logo!.bytes.subarray(0, 4)]).toEqual(PNG);
    }
  });

  it('prefers the project asset the brand names', () => {
    const brand = { ...bundledBrands()[0]!, logoAssetId: '0d0f8a52-3c1e-4b8f-9e1a-2b3c4d5e6f70' };
    const own = { bytes: new Uint8Array([1, 2, 3]), mimeType: 'image/jpeg' as const, altText: 'Trust crest' };
    expect(brandLogo(brand, new Map([[brand.logoAssetId, own]]))).toEqual({ bytes: own.bytes, mimeType: 'image/jpeg', altText: 'Trust crest' });
  });
});
