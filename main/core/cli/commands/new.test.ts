import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Project } from '../../store/project';
import { useTempProjects } from '../../store/tempProjects';
import { hasStackTrace, runCaptured } from './cliHarness';

const temp = useTempProjects();

const readMeta = (path: string) => {
  const project = Project.open(path);
  try {
    return { meta: project.meta.get(), sections: project.sections.list().length };
  } finally {
    project.close();
  }
};

describe('casebook new', () => {
  it('creates an empty project with the given title', async () => {
    const path = temp.path();
    const result = await runCaptured('new', path, '--title', 'Learning from falls — 2026');
    expect(result.code).toBe(0);
    expect(result.err).toEqual([]);
    expect(readMeta(path)).toMatchObject({ meta: { title: 'Learning from falls — 2026' }, sections: 0 });
    expect(readdirSync(dirname(path))).toEqual(['report.casebook']);
  });

  it('creates a copy of the sample report, optionally retitled', async () => {
    const path = temp.path();
    expect((await runCaptured('new', path, '--sample', '--title', 'My copy')).code).toBe(0);
    const { meta, sections } = readMeta(path);
    expect(meta.title).toBe('My copy');
    expect(meta.reportType).toBe('National learning report');
    expect(sections).toBeGreaterThanOrEqual(8);
  });

  it('refuses to overwrite an existing file without --force, leaving it as it was', async () => {
    const path = temp.path('notes.casebook');
    writeFileSync(path, 'precious notes');
    const result = await runCaptured('new', path);
    expect(result.code).toBe(1);
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).toMatch(/already exists; add --force/);
    expect(statSync(path).size).toBe('precious notes'.length);
  });

  it('replaces an existing file with --force', async () => {
    const path = temp.path();
    await runCaptured('new', path, '--title', 'First');
    expect((await runCaptured('new', path, '--title', 'Second', '--force')).code).toBe(0);
    expect(readMeta(path).meta.title).toBe('Second');
  });

  it('reports bad usage with exit 2 and no stack trace', async () => {
    const path = temp.path();
    for (const argv of [['new'], ['new', path, '--colour', 'red'], ['new', path, '--title'], ['new', path, 'extra'], ['new', path, '--title', ' ']]) {
      const result = await runCaptured(...argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.err[0]).toMatch(/^casebook new: /);
      expect(hasStackTrace(result.err)).toBe(false);
    }
    expect(existsSync(path)).toBe(false);
  });

  it('gives exit 2 when the folder does not exist', async () => {
    const result = await runCaptured('new', `${temp.dir()}/missing/folder/report.casebook`);
    expect(result.code).toBe(2);
    expect(result.err).toHaveLength(1);
  });
});
