import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSampleProject } from '../../sample/createSampleProject';
import { generateLongReport } from '../../sample/generateLongReport';
import type { Project } from '../../store/project';
import { exportPdf } from '../pdf/exportPdf';
import { roman } from '../pdf/pageLabels';
import { loadReportDocument } from '../reportDocument';
import { exportDocx } from './exportDocx';
import { createRichProject } from './fixtures/richProject';
import { contentsEntries, pageFooters, pageTexts, pagesOfHeadings, printedContents, printedPageNumbers } from './testing/contentsPages';
import { docxParts } from './testing/docxParts';
import { convertToPdf, libreOfficeMissing, pdfFonts, pdfPages, pdfText } from './testing/libreOffice';
import { missingInOrder, reportWords, words } from './testing/reportWords';
import { withoutEmbeddedFonts } from './testing/withoutEmbeddedFonts';

const missingTool = libreOfficeMissing();
if (missingTool) console.log(`Skipping the LibreOffice DOCX tests: ${missingTool}.`);

/**
 * One LibreOffice run converts the files: the sample report, a review copy of a
 * report with every node type, the generated 100-section report, and the sample
 * without its embedded fonts. The brand fonts are hidden from LibreOffice, so
 * the reports are set in them only from the DOCX. The sample is also exported
 * to PDF, to hold the DOCX's page numbers against it.
 */
describe.skipIf(missingTool !== null)('DOCX in LibreOffice', () => {
  let dir: string;
  let sample: Project;
  let rich: Project;
  let long: Project;
  let pdfs: string[];
  let unembedded: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'casebook-docx-lo-'));
    sample = createSampleProject(join(dir, 'sample.casebook'));
    rich = createRichProject(join(dir, 'rich.casebook'));
    long = generateLongReport(join(dir, 'long.casebook'));
    await exportDocx(sample, join(dir, 'sample.docx'));
    await exportDocx(rich, join(dir, 'rich-review.docx'), { reviewCopy: true, brandName: 'Neutral' });
    await exportDocx(long, join(dir, 'long.docx'));
    await exportPdf(sample, join(dir, 'sample-export.pdf'));
    writeFileSync(join(dir, 'sample-unembedded.docx'), await withoutEmbeddedFonts(readFileSync(join(dir, 'sample.docx'))));
    pdfs = convertToPdf(['sample.docx', 'rich-review.docx', 'long.docx'].map((name) => join(dir, name)), dir);
    // A run of its own: LibreOffice keeps the fonts a document embeds for the documents after it.
    unembedded = convertToPdf([join(dir, 'sample-unembedded.docx')], dir)[0]!;
  }, 300_000);

  afterAll(() => {
    sample?.close();
    rich?.close();
    long?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sets each report in the brand fonts embedded in it, which LibreOffice is otherwise without', () => {
    expect(pdfFonts(pdfs[0]!)).toEqual(['SourceSans3-Bold', 'SourceSans3-Italic', 'SourceSans3-Regular']);
    expect(pdfFonts(pdfs[1]!)).toEqual(['Merriweather-Bold', 'Merriweather-BoldItalic', 'Merriweather-Italic', 'Merriweather-Regular', 'SourceSans3-Bold', 'SourceSans3-Regular']);
    expect(pdfFonts(pdfs[2]!).filter((font) => !/^(SourceSans3|Merriweather)-/.test(font))).toEqual([]);
    // Without them, LibreOffice substitutes other fonts, of other widths.
    expect(pdfFonts(unembedded).filter((font) => /^(SourceSans3|Merriweather)-/.test(font))).toEqual([]);
  });

  for (const [index, name] of [[0, 'the sample report'], [1, 'a review copy with every kind of node']] as const) {
    it(`converts ${name} to PDF with every word of the report in order`, () => {
      const pdf = pdfs[index]!;
      expect(existsSync(pdf)).toBe(true);
      expect(pdfPages(pdf)).toBeGreaterThan(2);
      const text = words(pdfText(pdf));
      const expected = reportWords(loadReportDocument(index === 0 ? sample : rich));
      expect(expected.inOrder.length).toBeGreaterThan(20);
      expect(missingInOrder(text, expected.inOrder)).toEqual([]);
      expect(missingInOrder(text, expected.footnotes)).toEqual([]);
      // The check has teeth: the same words backwards are not all in order.
      expect(missingInOrder(text, [...expected.inOrder].reverse()).length).toBeGreaterThan(0);
    });
  }

  /** Each contents entry, the page number LibreOffice prints on the page it shows the heading on, and the difference. */
  async function contentsAgainstPages(docx: string, pdf: string) {
    const entries = contentsEntries((await docxParts(readFileSync(join(dir, docx)))).get('word/document.xml')!.toString('utf8'));
    const pages = pageTexts(pdf);
    const printed = printedPageNumbers(pages);
    const found = pagesOfHeadings(pages, entries.map((e) => e.title)).map((page) => (page === null ? null : printed[page - 1]!));
    return entries.map((entry, i) => ({ ...entry, found: found[i], off: found[i] === null ? null : found[i]! - entry.page }));
  }

  it('prints the sample report’s page numbers as its PDF export does, on the same pages', () => {
    const docx = pageFooters(pageTexts(pdfs[0]!));
    const pdf = pageFooters(pageTexts(join(dir, 'sample-export.pdf')));
    // The cover bare, the contents in roman from ii, then "Page 1 of Y", Y counting the report's own pages.
    expect(pdf[0]).toBe('');
    expect(pdf[1]).toBe('ii');
    expect(pdf.filter((footer) => footer.startsWith('Page '))[0]).toMatch(/^Page 1 of \d+$/);
    expect(docx).toEqual(pdf);
  });

  it('states in the contents of the sample report the pages its PDF export states', async () => {
    const docx = contentsEntries((await docxParts(readFileSync(join(dir, 'sample.docx')))).get('word/document.xml')!.toString('utf8'));
    const pdf = printedContents(pageTexts(join(dir, 'sample-export.pdf')));
    expect(pdf.length).toBeGreaterThan(10);
    expect(docx).toEqual(pdf);
  });

  it('states in the contents of the sample report the page number LibreOffice prints where each heading is', async () => {
    const rows = await contentsAgainstPages('sample.docx', pdfs[0]!);
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.filter((r) => r.off !== 0)).toEqual([]);
  });

  it('states the right pages in the contents of a report with every kind of node, in the other brand', async () => {
    const rows = await contentsAgainstPages('rich-review.docx', pdfs[1]!);
    expect(rows.length).toBeGreaterThan(2);
    expect(rows.filter((r) => r.off !== 0)).toEqual([]);
  });

  /*
   * Lines and gaps agree with the PDF's layout, but a box breaking across a page
   * keeps fewer lines at its foot in LibreOffice (no widow and orphan control in
   * table cells), a page with several footnotes holds a little more text, and a
   * few paragraphs break their lines elsewhere (README: a non-breaking hyphen in
   * italics, URLs): a heading can land a page off.
   */
  it('states in the contents of the 100-section report each heading’s page within one of LibreOffice’s', async () => {
    const rows = await contentsAgainstPages('long.docx', pdfs[2]!);
    expect(rows.length).toBe(101);
    console.log(`100-section report: ${rows.filter((r) => r.off === 0).length} of ${rows.length} contents entries on LibreOffice's page exactly, the rest within one.`);
    expect(rows.filter((r) => r.off === null || Math.abs(r.off) > 1)).toEqual([]);
  });

  it('numbers the 100-section report’s pages in LibreOffice as the PDF does, its page count within one', () => {
    const footers = pageFooters(pageTexts(pdfs[2]!));
    const front = footers.findIndex((footer) => footer.startsWith('Page '));
    expect(front).toBeGreaterThan(1);
    expect(footers.slice(0, front)).toEqual(footers.slice(0, front).map((_, i) => (i === 0 ? '' : roman(i + 1))));
    const report = footers.slice(front);
    const count = Number(/ of (\d+)$/.exec(report[0]!)?.[1]);
    expect(report).toEqual(report.map((_, i) => `Page ${i + 1} of ${count}`));
    expect(Math.abs(report.length - count)).toBeLessThanOrEqual(1);
  });
});
