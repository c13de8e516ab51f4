import { existsSync, renameSync, rmSync } from 'node:fs';
import { saveFormattedCitations } from '../citations/formattedEntryCache';
import { conflict } from '../store/errors';
import type { OpenOptions } from '../store/openDatabase';
import { Project } from '../store/project';
import { fillFromJson } from './importJson';
import type { ProjectJson } from './projectJson';

const removeWithSidecars = (path: string) => {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
};

/**
 * Recreates a project from its JSON document at path, keeping the report id and every
 * other id, its citations formatted (the document does not carry them); returns it
 * open. The file appears only once it is complete.
 */
export function createFromJson(path: string, doc: ProjectJson, options: OpenOptions = {}): Project {
  if (existsSync(path)) throw conflict(`“${path}” already exists; choose another name.`);
  const partial = `${path}.importing`;
  removeWithSidecars(partial);
  const project = Project.create(partial, { reportId: doc.meta.reportId, title: doc.meta.title }, options);
  try {
    fillFromJson(project, doc);
    saveFormattedCitations(project);
  } catch (error) {
    project.close();
    removeWithSidecars(partial);
    throw error;
  }
  project.close();
  renameSync(partial, path);
  return Project.open(path, options);
}
