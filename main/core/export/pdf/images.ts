import type { PDFDocument, PDFRef } from 'pdf-lib';
import type { ReportDocument } from '../reportDocument';
import { embedDecodedPng } from './decodedPng';
import type { PageLayout } from './layout/types';
import { embedPngDirect } from './pngStream';

interface Embeddable {
  bytes: Uint8Array;
  mimeType: string;
  name?: string;
}

/** An image as an XObject: most PNGs as they are, others decoded; JPEGs as they are. */
async function embed(pdf: PDFDocument, image: Embeddable): Promise<PDFRef> {
  if (image.mimeType !== 'image/png') return (await pdf.embedJpg(image.bytes)).ref;
  return embedPngDirect(pdf, image.bytes) ?? (await embedDecodedPng(pdf, image.bytes));
}

/**
 * Embeds each image the pages draw, once however often it appears; fills
 * `names` (asset id → resource name) and returns resource name → ref. An
 * image that cannot be decoded is left out (its Figure keeps its alt text)
 * and named through `onWarning`.
 */
export async function embedImages(
  pdf: PDFDocument,
  report: ReportDocument,
  pages: PageLayout[],
  names: Map<string, string>,
  extra: Map<string, Embeddable> = new Map(),
  onWarning: (message: string) => void = () => {},
): Promise<Map<string, PDFRef>> {
  const refs = new Map<string, PDFRef>();
  const tried = new Set<string>();
  for (const page of pages) {
    for (const { slice } of page.slices) {
      for (const item of slice.items) {
        if (item.kind !== 'image' || tried.has(item.assetId)) continue;
        tried.add(item.assetId);
        const image = report.assets.get(item.assetId) ?? extra.get(item.assetId);
        if (!image) continue;
        try {
          const ref = await embed(pdf, image);
          const name = `Im${refs.size + 1}`;
          names.set(item.assetId, name);
          refs.set(name, ref);
        } catch (error) {
          const why = error instanceof Error ? error.message : String(error);
          onWarning(`Image “${image.name ?? 'logo'}” could not be drawn (${why}); it is left out.`);
        }
      }
    }
  }
  return refs;
}
