import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { Project, type NewProjectInit } from './project';

/**
 * For tests: real project files in fresh temp folders, every project closed and
 * every folder removed after each test, so one test's lock never blocks another.
 */
export function useTempProjects() {
  const dirs: string[] = [];
  const open: Project[] = [];

  afterEach(() => {
    for (const project of open.splice(0)) project.close();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  const track = (project: Project) => {
    open.push(project);
    return project;
  };

  const dir = () => {
    const made = mkdtempSync(join(tmpdir(), 'casebook-test-'));
    dirs.push(made);
    return made;
  };

  return {
    dir,
    /** A path in a fresh folder where no file exists yet. */
    path: (name = 'report.casebook') => join(dir(), name),
    create: (init: NewProjectInit = {}, name?: string) => track(Project.create(join(dir(), name ?? 'report.casebook'), init)),
    open: (path: string) => track(Project.open(path)),
    /** Closes and opens again, so what a test reads afterwards came from the file. */
    reopen: (project: Project) => {
      project.close();
      return track(Project.open(project.path));
    },
  };
}

export const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
