import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Project } from '../../store/project';
import { sha256, useTempProjects } from '../../store/tempProjects';
import { buildReportDocx } from '../../import/fixtures/buildDocx';
import { hasStackTrace, runCaptured } from './cliHarness';

const temp = useTempProjects();

function newProject(): string {
  const path = temp.path();
  Project.create(path).close();
  return path;
}

describe('casebook import', () => {
  it('imports a Word document and reports what it added', async () => {
    const path = newProject();
    const input = temp.path('report.docx');
    writeFileSync(input, await buildReportDocx());
    const result = await runCaptured('import', path, input);
    expect(result.code).toBe(0);
    expect(result.out[0]).toBe(`Imported 3 sections from ${input}.`);
    expect(result.out[1]).toBe('Report title set to “Supporting staff after incidents”.');
    const project = temp.open(path);
    expect(project.sections.list().map((s) => s.title)).toEqual(['Background', 'Method', 'Findings']);
  });

  it('prints JSON with --json', async () => {
    const path = newProject();
    const input = temp.path('notes.md');
    writeFileSync(input, '## One\n\nText\n\n## Two\n\nMore');
    const result = await runCaptured('import', path, input, '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out[0]!)).toMatchObject({ sectionIds: [expect.any(String), expect.any(String)], title: null, warnings: [] });
  });

  it('refuses a hostile input with exit 2, a clear message and the project untouched', async () => {
    const path = newProject();
    const hash = sha256(path);
    const input = temp.path('fake.docx');
    writeFileSync(input, 'PK not really a zip');
    const result = await runCaptured('import', path, input);
    expect(result.code).toBe(2);
    expect(result.err.join('\n')).toContain('fake.docx');
    expect(hasStackTrace(result.err)).toBe(false);
    expect(sha256(path)).toBe(hash);
  });

  it('names a missing input', async () => {
    const result = await runCaptured('import', newProject(), temp.path('missing.md'));
    expect(result.code).toBe(2);
    expect(result.err[0]).toContain('no such file');
  });
});
