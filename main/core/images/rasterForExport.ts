import type { DocNode, ImageMime } from '../../../shared/model';
import { MAX_IMAGE_PIXELS } from './imageHeader';
import { sharpModule } from './sharpModule';
import { svgCost } from './svgBudget';

/** The largest box, in points, an exporter draws a figure in: the text column and its height cap. */
export interface PrintBox {
  widthPt: number;
  heightPt: number;
}

export interface ExportImage {
  name: string;
  bytes: Uint8Array;
  mimeType: ImageMime;
}

export type Raster = { bytes: Uint8Array; mimeType: 'image/png' | 'image/jpeg' };

/** Print resolution: a rasterised drawing or a downscaled picture is as sharp as the page can show. */
export const PRINT_DPI = 300;
/** No raster side beyond this, whatever the box; 300 dpi across an A4 column needs about 2,000. */
const MAX_SIDE = 4_000;
/**
 * Pixels for a drawing with filters: each filter step works over its whole
 * region, so fewer pixels bound the time; still about 225 dpi across a 450 pt column at 2:1.
 */
const FILTERED_PIXELS = 1_000_000;

/** PDF and Word both draw PNG and JPEG as they are; every other type the app accepts needs a raster copy. */
export const printsAsIs = (mime: ImageMime): boolean => mime === 'image/png' || mime === 'image/jpeg';

type Sharp = Awaited<ReturnType<typeof sharpModule>>;

/**
 * The pixel size that fills `box` at print resolution with the image's aspect
 * ratio, within MAX_SIDE and the stored-image pixel limit.
 */
function printPixels(width: number, height: number, box: PrintBox, maxPixels = MAX_IMAGE_PIXELS): { width: number; height: number } {
  const fit = Math.min(box.widthPt / width, box.heightPt / height);
  let scale = (fit * PRINT_DPI) / 72;
  scale = Math.min(scale, MAX_SIDE / Math.max(width, height), Math.sqrt(maxPixels / (width * height)));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/**
 * An SVG drawn at print resolution for `box`. librsvg, given bytes with no
 * base location, loads no external reference (file, http or relative); only
 * data: URLs inside the drawing are used. A drawing too costly to draw in
 * bounded time is refused first (svgCost), and one with filters is drawn
 * with fewer pixels.
 */
async function svgRaster(sharp: Sharp, bytes: Uint8Array, box: PrintBox): Promise<Raster> {
  const { filterApplications } = svgCost(bytes);
  // A drawing's declared size costs nothing until drawn, so only the size it is drawn at is limited.
  const own = await sharp(bytes, { limitInputPixels: false, failOn: 'error' }).metadata();
  if (!own.width || !own.height) throw new Error('the drawing has no size');
  const target = printPixels(own.width, own.height, box, filterApplications ? FILTERED_PIXELS : MAX_IMAGE_PIXELS);
  // The drawing's own size is at 72 dpi to libvips; render at the density that gives the target width.
  const density = Math.min(100_000, Math.max(1, (72 * target.width) / own.width));
  const png = await sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error', density })
    .resize(target.width, target.height, { fit: 'fill' })
    .png()
    .toBuffer();
  return { bytes: png, mimeType: 'image/png' };
}

/** The first frame of a GIF or WebP as PNG, scaled down (never up) to print resolution for `box`. */
async function bitmapRaster(sharp: Sharp, bytes: Uint8Array, box: PrintBox): Promise<Raster> {
  const image = sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error', pages: 1 });
  const own = await image.metadata();
  if (!own.width || !own.height) throw new Error('the picture has no size');
  const target = printPixels(own.width, own.pageHeight ?? own.height, box);
  const png = await image.resize(target.width, target.height, { fit: 'inside', withoutEnlargement: true }).png().toBuffer();
  return { bytes: png, mimeType: 'image/png' };
}

/**
 * A copy of an image that both exporters can draw: PNG and JPEG as they are;
 * GIF (first frame), WebP and SVG converted to PNG. Throws, with the reason,
 * when the image cannot be decoded.
 */
export async function rasterForExport(image: Omit<ExportImage, 'name'>, box: PrintBox): Promise<Raster> {
  const { bytes, mimeType } = image;
  if (mimeType === 'image/png' || mimeType === 'image/jpeg') return { bytes, mimeType };
  const sharp = await sharpModule();
  return mimeType === 'image/svg+xml' ? svgRaster(sharp, bytes, box) : bitmapRaster(sharp, bytes, box);
}

/** The share of the text width a figure is drawn at: its width attribute, 10–100 per cent. */
export const figureWidthShare = (figure: DocNode): number => Math.min(100, Math.max(10, Number(figure.attrs?.width ?? 100) || 100)) / 100;

/** The widest share each image is drawn at in the report's figures. */
function widestShares(sections: { content: DocNode }[]): Map<string, number> {
  const shares = new Map<string, number>();
  const visit = (node: DocNode) => {
    if (node.type === 'figure') {
      const id = String(node.attrs?.assetId ?? '');
      shares.set(id, Math.max(shares.get(id) ?? 0, figureWidthShare(node)));
    }
    node.content?.forEach(visit);
  };
  sections.forEach((section) => visit(section.content));
  return shares;
}

/** What withPrintableImages needs of a report: its images, the figures that show them, the brand's logo. */
export interface ReportImages<A extends ExportImage> {
  assets: Map<string, A>;
  sections: { content: DocNode }[];
  brand: { logoAssetId: string | null };
}

/**
 * The report with every image it shows (in a figure, or as the brand's logo)
 * as something its exporter can draw. An image that cannot be converted keeps
 * its own type (the exporters then print its description in a box) and is
 * named in a warning; the export goes on. Images the report does not show
 * are left as they are.
 */
export async function withPrintableImages<A extends ExportImage, R extends ReportImages<A>>(
  report: R,
  box: PrintBox,
  onWarning: (message: string) => void = () => {},
): Promise<R> {
  if ([...report.assets.values()].every((image) => printsAsIs(image.mimeType))) return report;
  const assets = new Map<string, A>();
  const shares = widestShares(report.sections);
  // The logo is drawn at its own size on the cover; the whole box is more than it needs.
  if (report.brand.logoAssetId && !shares.has(report.brand.logoAssetId)) shares.set(report.brand.logoAssetId, 1);
  for (const [id, image] of report.assets) {
    const share = shares.get(id);
    if (printsAsIs(image.mimeType) || share === undefined) {
      assets.set(id, image);
      continue;
    }
    try {
      const placed = { ...box, widthPt: box.widthPt * share };
      assets.set(id, { ...image, ...(await rasterForExport(image, placed)) });
    } catch (error) {
      assets.set(id, image);
      const why = error instanceof Error ? error.message : String(error);
      onWarning(`Image “${image.name}” could not be converted for print (${why}); its description is shown instead.`);
    }
  }
  return { ...report, assets };
}
