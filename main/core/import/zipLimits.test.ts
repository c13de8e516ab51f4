import { describe, expect, it } from 'vitest';
import { useTempProjects } from '../store/tempProjects';
import { buildReportDocx } from './fixtures/buildDocx';
import { buildZip } from './fixtures/buildZip';
import { importDocument } from './importDocument';
import { checkZipLimits, DOCX_LIMITS } from './zipLimits';

const temp = useTempProjects();

describe('zip limits', () => {
  it('accepts a real Word document', async () => {
    await expect(checkZipLimits(await buildReportDocx(), 'ok.docx')).resolves.toBeUndefined();
  });

  it('refuses an entry that expands too far (a zip bomb)', async () => {
    const bomb = buildZip([{ name: 'word/document.xml', data: Buffer.alloc(20 * 1024 * 1024) }]);
    await expect(checkZipLimits(bomb, 'bomb.docx')).rejects.toThrow(/expands more than/);
  });

  it('refuses too many entries and too much in total', async () => {
    const many = buildZip(Array.from({ length: 30 }, (_, i) => ({ name: `f${i}.xml`, data: Buffer.from('<x/>') })));
    await expect(checkZipLimits(many, 'many.docx', { ...DOCX_LIMITS, maxEntries: 20 })).rejects.toThrow(/30 files/);
    const big = buildZip([{ name: 'a.bin', data: Buffer.from(Array.from({ length: 4096 }, (_, i) => i % 251)) }]);
    await expect(checkZipLimits(big, 'big.docx', { ...DOCX_LIMITS, maxUncompressedBytes: 1000 })).rejects.toThrow(/unpacks to more than/);
  });

  it('catches an entry that unpacks to more than it declares', async () => {
    const liar = buildZip([{ name: 'word/document.xml', data: Buffer.alloc(3 * 1024 * 1024, 65), declaredSize: 100 }]);
    await expect(checkZipLimits(liar, 'liar.docx')).rejects.toThrow(/liar\.docx/);
  });

  it('a bomb given to import leaves the project unchanged', async () => {
    const project = temp.create();
    const bomb = buildZip([{ name: 'word/document.xml', data: Buffer.alloc(20 * 1024 * 1024) }]);
    await expect(importDocument(project, { fileName: 'bomb.docx', bytes: bomb })).rejects.toThrow(/refused/);
    expect(project.sections.list()).toHaveLength(0);
    expect(project.assets.list()).toHaveLength(0);
  });
});
