import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSampleProject } from '../../sample/createSampleProject';
import type { Project } from '../../store/project';
import { loadReportDocument } from '../reportDocument';
import { exportDocx } from './exportDocx';
import { createRichProject } from './fixtures/richProject';
import { convertToPdf, libreOfficeMissing, pdfPages, pdfText } from './testing/libreOffice';
import { missingInOrder, reportWords, words } from './testing/reportWords';

const missingTool = libreOfficeMissing();
if (missingTool) console.log(`Skipping the LibreOffice DOCX tests: ${missingTool}.`);

/** One LibreOffice run converts both files: the sample report and a review copy of a report with every node type. */
describe.skipIf(missingTool !== null)('DOCX in LibreOffice', () => {
  let dir: string;
  let sample: Project;
  let rich: Project;
  let pdfs: string[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'casebook-docx-lo-'));
    sample = createSampleProject(join(dir, 'sample.casebook'));
    rich = createRichProject(join(dir, 'rich.casebook'));
    await exportDocx(sample, join(dir, 'sample.docx'));
    await exportDocx(rich, join(dir, 'rich-review.docx'), { reviewCopy: true, brandName: 'Neutral' });
    pdfs = convertToPdf([join(dir, 'sample.docx'), join(dir, 'rich-review.docx')], dir);
  }, 240_000);

  afterAll(() => {
    sample?.close();
    rich?.close();
    rmSync(dir, { recursive: true, force: true });
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
});
