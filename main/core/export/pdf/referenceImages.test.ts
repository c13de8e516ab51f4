import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSampleProject } from '../../sample/createSampleProject';
import { exportPdf } from './exportPdf';
import { decodePng, pixelDifference } from './testing/decodePng';
import { hasTool, openPdf } from './testing/readPdf';

/**
 * Low-resolution renders of the sample's key pages, compared with reference
 * PNGs in __reference__/. When the design changes on purpose, refresh them:
 *   UPDATE_PDF_REFERENCES=1 npx vitest run main/core/export/pdf/referenceImages.test.ts
 */
const REFERENCE_DIR = join(import.meta.dirname, '__reference__');
const UPDATE = process.env.UPDATE_PDF_REFERENCES === '1';
/** Share of pixels allowed to differ (anti-aliasing, font rasteriser versions). */
const TOLERANCE = 0.01;

const dir = mkdtempSync(join(tmpdir(), 'casebook-pdf-ref-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const pdfPath = join(dir, 'sample.pdf');
const pages: Record<string, number> = {};

const canRender = hasTool('pdftoppm');
if (!canRender) console.warn('Reference image comparison skipped: pdftoppm (poppler-utils) is not installed.');

beforeAll(async () => {
  if (!canRender) return;
  const project = createSampleProject(join(dir, 'sample.casebook'));
  try {
    await exportPdf(project, pdfPath);
  } finally {
    project.close();
  }
  const doc = await openPdf(readFileSync(pdfPath));
  const outline = ((await doc.getOutline()) ?? []) as { title: string; dest: unknown[] }[];
  const findings = outline.find((o) => /^\d+ Findings$/.test(o.title));
  pages.cover = 1;
  pages.contents = 2;
  if (findings) pages.findings = (await doc.getPageIndex(findings.dest[0] as never)) + 1;
}, 60_000);

describe.runIf(canRender)('the sample PDF looks as designed', () => {
  it.each(['cover', 'contents', 'findings'])('%s page matches its reference image', (name) => {
    const page = pages[name];
    expect(page, `no ${name} page found`).toBeDefined();
    const base = join(dir, name);
    execFileSync('pdftoppm', ['-r', '40', '-png', '-singlefile', '-f', String(page), '-l', String(page), pdfPath, base]);
    const rendered = readFileSync(`${base}.png`);
    const reference = join(REFERENCE_DIR, `sample-${name}.png`);
    if (UPDATE || !existsSync(reference)) {
      writeFileSync(reference, rendered);
      if (!UPDATE) throw new Error(`No reference image for ${name}; wrote ${reference}. Check it and commit it.`);
      return;
    }
    const difference = pixelDifference(decodePng(rendered), decodePng(readFileSync(reference)));
    expect(difference, `${name}: ${(difference * 100).toFixed(2)}% of pixels differ from ${reference}`).toBeLessThan(TOLERANCE);
  });
});
