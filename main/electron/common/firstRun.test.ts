import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Project } from '../../core/store/project';
import { ensureSampleProject, sampleProjectPath } from './firstRun';

let documents: string;
afterEach(() => rmSync(documents, { recursive: true, force: true }));

describe('first start', () => {
  it('copies the sample report into Documents/Casebook and leaves it ready to open', () => {
    documents = mkdtempSync(join(tmpdir(), 'casebook-docs-'));
    const path = ensureSampleProject(documents);
    expect(path).toBe(sampleProjectPath(documents));
    expect(path.startsWith(join(documents, 'Casebook'))).toBe(true);
    const project = Project.open(path);
    try {
      expect(project.sections.list().length).toBeGreaterThan(3);
      expect(project.meta.get().title).not.toBe('Untitled report');
    } finally {
      project.close();
    }
  });

  it('reopens the existing copy on a later start instead of overwriting the user’s edits', () => {
    documents = mkdtempSync(join(tmpdir(), 'casebook-docs-'));
    const first = ensureSampleProject(documents);
    const project = Project.open(first);
    project.meta.update({ title: 'My edited sample' });
    project.close();
    const written = statSync(first).mtimeMs;
    expect(ensureSampleProject(documents)).toBe(first);
    expect(statSync(first).mtimeMs).toBe(written);
    const again = Project.open(first);
    expect(again.meta.get().title).toBe('My edited sample');
    again.close();
  });
});
