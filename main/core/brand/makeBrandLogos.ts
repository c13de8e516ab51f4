/**
 * Draws the logos of the bundled brands into resources/brands/logos/<brand id>.png:
 * a "Casebook" wordmark in the brand's font and colours, set with pdf-lib and
 * rasterised by poppler's pdftoppm. Run once when a bundled brand changes:
 *   npx tsx main/core/brand/makeBrandLogos.ts
 */
import fontkit from '@pdf-lib/fontkit';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, rgb } from 'pdf-lib';
import type { Brand } from '../../../shared/model';
import { resourcesDir } from '../resourcesDir';
import { bundledBrands } from './bundledBrands';
import { fontFile } from './fontFiles';

const colour = (hex: string) => rgb(parseInt(hex.slice(1, 3), 16) / 255, parseInt(hex.slice(3, 5), 16) / 255, parseInt(hex.slice(5, 7), 16) / 255);

async function logoPdf(brand: Brand): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(readFileSync(fontFile(brand.fonts.heading, 'bold')));
  const text = 'Casebook';
  const size = 30;
  const width = font.widthOfTextAtSize(text, size) + 28;
  const height = 44;
  const page = pdf.addPage([width, height]);
  // A filled box for brands with a coloured cover band, a plain wordmark otherwise.
  const boxed = brand.coverLayout !== 'plain';
  if (boxed) page.drawRectangle({ x: 0, y: 0, width, height, color: colour(brand.colours.primary) });
  page.drawText(text, { x: 14, y: 12, size, font, color: boxed ? rgb(1, 1, 1) : colour(brand.colours.primary) });
  return pdf.save();
}

for (const brand of bundledBrands()) {
  const dir = mkdtempSync(join(tmpdir(), 'casebook-logo-'));
  try {
    writeFileSync(join(dir, 'logo.pdf'), await logoPdf(brand));
    execFileSync('pdftoppm', ['-r', '288', '-png', '-singlefile', join(dir, 'logo.pdf'), join(dir, 'logo')]);
    renameSync(join(dir, 'logo.png'), join(resourcesDir(), 'brands', 'logos', `${brand.id}.png`));
    console.log(`${brand.name}: logos/${brand.id}.png`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
