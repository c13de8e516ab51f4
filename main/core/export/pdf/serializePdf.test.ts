import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PDFName } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { RawObject } from './pdfSyntax';
import { serializePdf } from './serializePdf';
import { hasTool } from './testing/readPdf';

const dir = mkdtempSync(join(tmpdir(), 'casebook-serialize-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('serializePdf', () => {
  it('writes a file readers accept, with raw objects and gaps in the object numbers', async () => {
    const pdf = await PDFDocument.create({ updateMetadata: false });
    pdf.addPage([200, 100]);
    pdf.context.nextRef(); // reserved and never used: the cross-reference table must skip it
    const note = pdf.context.register(new RawObject('<</Note (raw \\(object\\))>>'));
    pdf.catalog.set(PDFName.of('Note'), note);
    pdf.setTitle('Serialised');
    const bytes = serializePdf(pdf.context);

    const back = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: true });
    expect(back.getPageCount()).toBe(1);
    expect(back.getTitle()).toBe('Serialised');
    expect(back.context.lookup(note)?.toString()).toContain('raw \\(object\\)');
    if (hasTool('qpdf')) {
      const path = join(dir, 'out.pdf');
      writeFileSync(path, bytes);
      // qpdf exits non-zero on errors and warns when it has to rebuild a broken cross-reference table.
      const report = execFileSync('qpdf', ['--check', path], { encoding: 'utf8' });
      expect(report).toContain('No syntax or stream encoding errors');
      expect(report).not.toMatch(/warning|reconstruct/i);
    }
  });
});
