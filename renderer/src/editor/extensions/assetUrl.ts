import { api } from '../../api';

const urls = new Map<string, Promise<string>>();

/** A blob: URL for an asset's bytes, fetched once per window (the CSP allows blob: images, not file: or app paths). */
export function assetUrl(assetId: string): Promise<string> {
  let url = urls.get(assetId);
  if (!url) {
    url = api()
      .getAsset({ id: assetId })
      .then((asset) => {
        const bytes = Uint8Array.from(atob(asset.base64), (c) => c.charCodeAt(0));
        return URL.createObjectURL(new Blob([bytes], { type: asset.mimeType }));
      });
    url.catch(() => urls.delete(assetId)); // let a later view retry
    urls.set(assetId, url);
  }
  return url;
}
