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
  it('gives every section the page it starts on, counting the cover and contents', () => {
    const pages = headingPages(sample);
    const { frontPages } = layoutReport(sample, () => {});
    const numbers = sample.sections.map((s) => pages.get(s.id));
    expect(numbers.every((n) => typeof n === 'number')).toBe(true);
    expect(numbers[0]).toBe(frontPages + 1);
    expect(numbers).toEqual([...(numbers as number[])].sort((a, b) => a - b));
    // Chapters start on a page of their own.
    sample.sections.forEach((section, i) => {
      if (i > 0 && section.depth === 1) expect(pages.get(section.id)).toBeGreaterThan(numbers[i - 1]!);
    });
  });

  it('gives the bibliography’s own heading its page, after the last section', () => {
    const pages = headingPages(long);
    const last = pages.get(long.sections[long.sections.length - 1]!.id)!;
    expect(pages.get(REFERENCES_HEADING)).toBeGreaterThan(last);
  });

  it('stops when cancelled', () => {
    const controller = new AbortController();
    controller.abort();
    expect(() => headingPages(long, controller.signal)).toThrow(/abort/i);
  });
});
