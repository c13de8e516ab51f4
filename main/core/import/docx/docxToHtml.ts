import mammoth from 'mammoth';
import { badRequest } from '../../store/errors';
import { ASSET_SRC_PREFIX, newImportedImage, type ImportedImage } from '../importedImage';
import { checkZipLimits } from '../zipLimits';

export interface ConvertedHtml {
  html: string;
  images: ImportedImage[];
  warnings: string[];
}

/** Word styles beyond mammoth's defaults that reports commonly use. */
const STYLE_MAP = ["p[style-name='Quote'] => blockquote > p:fresh", "p[style-name='Intense Quote'] => blockquote > p:fresh", 'u => u'];

/**
 * DOCX to HTML with mammoth: external files (linked images, included documents) are never read,
 * the zip is checked against bombs first, and images are kept in memory to become assets.
 */
export async function docxToHtml(bytes: Uint8Array, name: string): Promise<ConvertedHtml> {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw badRequest(`“${name}” is not a Word document (.docx): it is not a zip package.`);
  await checkZipLimits(bytes, name);
  const images: ImportedImage[] = [];
  const warnings: string[] = [];
  let skipped = 0;
  let result: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  try {
    result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      {
        externalFileAccess: false,
        styleMap: STYLE_MAP,
        convertImage: mammoth.images.imgElement(async (image) => {
          const imported = newImportedImage(await image.readAsBuffer(), image.contentType, '', images.length + 1);
          if (!imported) {
            skipped++;
            return { src: '' };
          }
          images.push(imported);
          return { src: `${ASSET_SRC_PREFIX}${imported.id}` };
        }),
      },
    );
  } catch (error) {
    throw badRequest(`“${name}” could not be read as a Word document: ${oneLine((error as Error).message)}`);
  }
  if (skipped) warnings.push(`${skipped} image${skipped === 1 ? ' was' : 's were'} left out: only PNG, JPEG, GIF, WebP and SVG images are kept.`);
  return { html: result.value, images, warnings };
}

/** Parser complaints span lines and carry locator noise ("@#[line:…]"); the writer needs one readable line. */
function oneLine(message: string): string {
  const text = message.replace(/@#\[[^\]]*\]/g, '').replace(/\s+/g, ' ').trim();
  return text.length > 200 ? `${text.slice(0, 197)}…` : text;
}
