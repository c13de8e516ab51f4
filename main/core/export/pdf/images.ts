import type { PDFDocument, PDFRef } from 'pdf-lib';
import type { ReportDocument } from '../reportDocument';
import type { PageLayout } from './layout/types';
import { embedPngDirect } from './pngStream';

/**
 * Embeds each image the pages draw, once however often it appears; fills
 * `names` (asset id → resource name) and returns resource name → ref.
 */
export async function embedImages(
  pdf: PDFDocument,
  report: ReportDocument,
  pages: PageLayout[],
  names: Map<string, string>,
  extra: Map<string, { bytes: Uint8Array; mimeType: string }> = new Map(),
): Promise<Map<string, PDFRef>> {
  const refs = new Map<string, PDFRef>();
  for (const page of pages) {
    for (const { slice } of page.slices) {
      for (const item of slice.items) {
        if (item.kind !== 'image' || names.has(item.assetId)) continue;
        const asset = report.assets.get(item.assetId) ?? extra.get(item.assetId);
        if (!asset) continue;
        const direct = asset.mimeType === 'image/png' ? embedPngDirect(pdf, asset.bytes) : null;
        const ref = direct ?? (asset.mimeType === 'image/png' ? await pdf.embedPng(asset.bytes) : await pdf.embedJpg(asset.bytes)).ref;
        const name = `Im${names.size + 1}`;
        names.set(item.assetId, name);
        refs.set(name, ref);
      }
    }
  }
  return refs;
}
