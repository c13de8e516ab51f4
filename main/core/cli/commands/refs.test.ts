import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Project } from '../../store/project';
import { sha256, useTempProjects } from '../../store/tempProjects';
import { hasStackTrace, runCaptured } from './cliHarness';

const temp = useTempProjects();
const fixture = (name: string) => join(import.meta.dirname, '../../citations/fixtures', name);

function newProject(): string {
  const path = temp.path();
  Project.create(path).close();
  return path;
}

describe('casebook refs', () => {
  it('imports a clean file with exit 0', async () => {
    const path = newProject();
    const result = await runCaptured('refs', path, fixture('zotero.ris'));
    expect(result).toMatchObject({ code: 0, err: [] });
    expect(result.out).toEqual([`Added 4 references from ${fixture('zotero.ris')} (RIS).`]);
    const project = temp.open(path);
    expect(project.references.list()).toHaveLength(4);
    // Their entries are formatted and kept, as after an import in the app, so an export need not run citeproc-js.
    expect(project.db.prepare("SELECT count(*) FROM formatted_citations WHERE kind = 'entry'").pluck().get()).toBe(4);
  });

  it('reports duplicates and unreadable entries by position, imports the rest, and exits 1', async () => {
    const path = newProject();
    await runCaptured('refs', path, fixture('zotero.json'));
    const result = await runCaptured('refs', path, fixture('library.bib'));
    expect(result.code).toBe(1);
    expect(result.out).toEqual([
      `Added 3 references from ${fixture('library.bib')} (BibTeX).`,
      'Duplicate, not added: entry 1, line 4, “Medical error: the second victim”: the same DOI (10.1136/bmj.320.7237.726) as “Medical error: the second victim”, already in the library.',
      'Duplicate, not added: entry 3, line 26, “Patient safety incident response framework”: the same title and year as “Patient safety incident response framework”, already in the library.',
      'Not imported: entry 5, line 43: cannot be read: expected "text", got EOF (the entry ends before its braces close).',
    ]);
    expect(temp.open(path).references.list()).toHaveLength(6);
  });

  it('takes the format from --format when the extension says nothing, and prints JSON with --json', async () => {
    const path = newProject();
    const input = temp.path('export.txt.download');
    copyFileSync(fixture('endnote.ris'), input);
    const result = await runCaptured('refs', path, input, '--format', 'ris', '--json');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.out[0]!)).toMatchObject({ format: 'ris', added: [{}, {}, {}], problems: [{ position: 'entry 3, line 30' }] });
  });

  it('exits 2, untouched, for unreadable input or bad usage', async () => {
    const path = newProject();
    const hash = sha256(path);
    const binary = temp.path('refs.ris');
    writeFileSync(binary, Buffer.from([0x54, 0x59, 0, 1, 2]));
    const notes = temp.path('notes.txt');
    writeFileSync(notes, 'Nothing bibliographic here.');
    for (const args of [
      [path, temp.path('missing.ris')],
      [path, binary],
      [path, notes],
      [path, fixture('zotero.ris'), '--format', 'endnote'],
      [path],
    ]) {
      const result = await runCaptured('refs', ...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.err[0]).toMatch(/^casebook refs: /);
      expect(hasStackTrace(result.err)).toBe(false);
    }
    expect(sha256(path)).toBe(hash);
  });
});
