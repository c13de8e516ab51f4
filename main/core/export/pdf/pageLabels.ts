import { PDFName, type PDFDocument } from 'pdf-lib';

/**
 * Page labels as printed: front matter (cover, contents) in lower-case roman,
 * the report itself from 1, so a viewer's "page 12" is the page that says 12.
 */
export function writePageLabels(pdf: PDFDocument, frontPages: number): void {
  const arabic = pdf.context.obj({ S: 'D', St: 1 });
  const nums = frontPages > 0 ? [0, pdf.context.obj({ S: 'r' }), frontPages, arabic] : [0, arabic];
  pdf.catalog.set(PDFName.of('PageLabels'), pdf.context.obj({ Nums: nums }));
}

const ROMAN: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];

export function roman(n: number): string {
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (n >= value) {
      out += letters;
      n -= value;
    }
  }
  return out;
}

/** The label of physical page index i (0-based), matching writePageLabels. */
export const pageLabel = (i: number, frontPages: number) => (i < frontPages ? roman(i + 1) : String(i - frontPages + 1));
