import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateLongReport } from '../../sample/generateLongReport';
import type { Project } from '../../store/project';
import { exportDocx } from './exportDocx';
import { assertWellFormed, docxParts } from './testing/docxParts';

let dir: string;
let project: Project;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'casebook-docx-long-'));
  project = generateLongReport(join(dir, 'long.casebook'));
});

afterAll(() => {
  project.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('DOCX export of a 100-section report', () => {
  it('writes every section, table, figure and footnote into well-formed parts', async () => {
    const out = join(dir, 'long.docx');
    const started = performance.now();
    await exportDocx(project, out, { reviewCopy: true });
    console.log(`DOCX export of the 100-section report (first in this process): ${Math.round(performance.now() - started)} ms`);
    const parts = await docxParts(readFileSync(out));
    for (const [name, data] of parts) if (/\.(xml|rels)$/.test(name)) assertWellFormed(name, data.toString('utf8'));
    const doc = parts.get('word/document.xml')!.toString('utf8');
    const headings = doc.match(/<w:pStyle w:val="Heading[123]"\/>/g) ?? [];
    expect(headings.length).toBe(100 + 1); // and the bibliography's heading
    expect(doc.match(/<w:tblHeader\/>/g)?.length ?? 0).toBeGreaterThan(5);
    expect(doc.match(/<w:footnoteReference /g)?.length ?? 0).toBeGreaterThan(10);
    expect([...parts.keys()].filter((name) => name.startsWith('word/media/')).length).toBeGreaterThan(5);
    expect(doc).toContain('CitationLabel');
  });
});
