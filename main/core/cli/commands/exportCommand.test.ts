import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenWebp } from '../../images/testing/everyImageType';
import { doc, figure } from '../../sample/builders';
import { useTempProjects } from '../../store/tempProjects';
import { runCaptured } from './cliHarness';

const temp = useTempProjects();

function smallProject(): string {
  const project = temp.create({ title: 'Falls review' });
  project.sections.create({
    parentId: null,
    title: 'Summary',
    content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Falls at night were reviewed.' }] }] },
  });
  project.close();
  return project.path;
}

describe('casebook export', () => {
  it('writes a PDF, and refuses to overwrite it without --force', async () => {
    const file = smallProject();
    const out = join(temp.dir(), 'report.pdf');
    expect(await runCaptured('export', file, out)).toMatchObject({ code: 0, err: [] });
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    const before = statSync(out).mtimeMs;
    const again = await runCaptured('export', file, out);
    expect(again.code).toBe(2);
    expect(again.err[0]).toMatch(/already exists; add --force/);
    expect(statSync(out).mtimeMs).toBe(before);
    expect(await runCaptured('export', file, out, '--force', '--brand', 'Neutral')).toMatchObject({ code: 0 });
  });

  it('writes a DOCX', async () => {
    const out = join(temp.dir(), 'report.docx');
    expect(await runCaptured('export', smallProject(), out)).toMatchObject({ code: 0, err: [] });
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it('is a usage error for an unknown extension, an unknown brand or a misplaced --review-copy', async () => {
    const file = smallProject();
    const dir = temp.dir();
    const odt = await runCaptured('export', file, join(dir, 'report.odt'));
    expect(odt.code).toBe(2);
    expect(odt.err[0]).toMatch(/must end in \.pdf or \.docx/);
    expect((await runCaptured('export', file, join(dir, 'a.pdf'), '--brand', 'Nope')).code).toBe(2);
    expect((await runCaptured('export', file, join(dir, 'b.pdf'), '--review-copy')).code).toBe(2);
    expect(existsSync(join(dir, 'a.pdf')) || existsSync(join(dir, 'b.pdf'))).toBe(false);
  });

  it('exports a picture it cannot convert as its description, and says so on stderr', async () => {
    const project = temp.create({ title: 'Broken picture' });
    const image = brokenWebp();
    const asset = project.assets.create({ name: image.name, mimeType: image.mimeType, bytes: image.bytes, altText: image.alt, decorative: false });
    project.sections.create({ parentId: null, title: 'Chart', content: doc(figure({ assetId: asset.id, alt: image.alt, caption: 'A chart' })) });
    project.close();
    for (const name of ['report.pdf', 'report.docx']) {
      const result = await runCaptured('export', project.path, join(temp.dir(), name));
      expect(result, name).toMatchObject({ code: 0, err: [expect.stringMatching(/^Warning: Image “broken\.webp” could not be converted for print/)] });
    }
  });

  it('leaves an existing file untouched when the export fails', async () => {
    const out = join(temp.dir(), 'report.pdf');
    writeFileSync(out, 'old');
    expect((await runCaptured('export', smallProject(), out, '--force', '--brand', 'Nope')).code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('old');
  });
});
