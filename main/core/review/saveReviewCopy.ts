import { resolve } from 'node:path';
import { conflict } from '../store/errors';
import { purgeDeletedSections } from '../store/deletedSections';
import { Project } from '../store/project';
import { now } from '../store/rows';
import type { OpenOptions } from '../store/openDatabase';
import { writeBaseline } from './reviewBaseline';

/**
 * Writes a complete copy of the project for a reviewer, through SQLite's backup API
 * (consistent even while the project is open), then records the review baseline in
 * the copy. The copy keeps the report id, which is how a merge recognises it.
 */
export async function saveReviewCopy(project: Project, destination: string, options: OpenOptions = {}): Promise<string> {
  const target = resolve(destination);
  if (target === resolve(project.path)) throw conflict('A review copy must be saved under another name than the report itself.');
  // The native save dialog has already asked before replacing a file; the CLI and tests say so explicitly.
  await project.backupTo(target);
  const copy = Project.open(target, options);
  try {
    // Deleted text stays with the writer: the reviewer's copy holds only the report as it stands.
    purgeDeletedSections(copy.db, 'all');
    writeBaseline(copy.db, now());
  } finally {
    copy.close();
  }
  return target;
}
