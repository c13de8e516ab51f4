import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSampleProject } from '../sample/createSampleProject';
import type { Project } from '../store/project';
import { loadReportDocument } from './reportDocument';

let dir: string;
let project: Project;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'casebook-report-document-'));
  project = createSampleProject(join(dir, 'sample.casebook'));
});

afterAll(() => {
  project.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('loadReportDocument', () => {
  it('reads an unchanged project once, and again after it changes', () => {
    const first = loadReportDocument(project);
    expect(loadReportDocument(project)).toBe(first);

    const section = first.sections[0]!;
    project.sections.update({ id: section.id, title: 'Retitled while exporting' });
    const after = loadReportDocument(project);
    expect(after).not.toBe(first);
    expect(after.sections[0]!.title).toBe('Retitled while exporting');
    expect(first.sections[0]!.title).toBe(section.title);
  });

  it('reads again after a change that leaves the sections as they were', () => {
    const before = loadReportDocument(project);
    project.meta.update({ title: 'A new title' });
    expect(loadReportDocument(project).meta.title).toBe('A new title');
    expect(before.meta.title).not.toBe('A new title');
  });

  it('reads the report again for another brand', () => {
    const plain = loadReportDocument(project);
    const neutral = loadReportDocument(project, { brandName: 'Neutral' });
    expect(neutral.brand.name).toBe('Neutral');
    expect(plain.brand.name).not.toBe('Neutral');
    expect(loadReportDocument(project, { brandName: 'Neutral' })).toBe(neutral);
  });
});
