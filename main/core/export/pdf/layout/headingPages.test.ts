import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSampleProject } from '../../../sample/createSampleProject';
import { generateLongReport } from '../../../sample/generateLongReport';
import { loadReportDocument, type ReportDocument } from '../../reportDocument';
import { headingPages, REFERENCES_HEADING } from './headingPages';
import { layoutReport } from './layoutReport';

let dir: string;
let sample: ReportDocument;
let long: ReportDocument;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'casebook-heading-pages-'));
  const sampleProject = createSampleProject(join(dir, 'sample.casebook'));
  const longProject = generateLongReport(join(dir, 'long.casebook'), { sections: 14 });
  sample = loadReportDocument(sampleProject);
  long = loadReportDocument(longProject);
  sampleProject.close();
  longProject.close();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('headingPages', () => {
  it('gives every section the number printed on the page it starts on: the report’s pages from 1, after the cover and contents', () => {
    const { headings, reportPages } = headingPages(sample);
    const layout = layoutReport(sample, () => {});
    expect(reportPages).toBe(layout.pages.length - layout.frontPages);
    const numbers = sample.sections.map((s) => Number(headings.get(s.id)));
    expect(numbers[0]).toBe(1);
    expect(numbers.every((n) => n >= 1 && n <= reportPages)).toBe(true);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    // Chapters start on a page of their own.
    sample.sections.forEach((section, i) => {
      if (i > 0 && section.depth === 1) expect(numbers[i]).toBeGreaterThan(numbers[i - 1]!);
    });
  });

  it('gives the bibliography’s own heading its page, after the last section', () => {
    const { headings, reportPages } = headingPages(long);
    const last = Number(headings.get(long.sections[long.sections.length - 1]!.id));
    const references = Number(headings.get(REFERENCES_HEADING));
    expect(references).toBeGreaterThan(last);
    expect(references).toBeLessThanOrEqual(reportPages);
  });

  it('stops when cancelled', () => {
    const controller = new AbortController();
    controller.abort();
    expect(() => headingPages(long, controller.signal)).toThrow(/abort/i);
  });
});
