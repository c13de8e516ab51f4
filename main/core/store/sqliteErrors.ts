import { CasebookFailure } from './errors';

/** Said whenever a save fails: the editor keeps what was typed (useAutosave retries), so nothing is lost yet. */
const KEPT = 'Your text is still in the editor';

const codeOf = (error: unknown): string => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
};

const detailOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Turns what SQLite or the file system report when a write fails (disk full, read-only file,
 * I/O error, damage) into a message a writer can act on; null for anything else, which stays
 * an internal error.
 */
export function readableStorageFailure(error: unknown): CasebookFailure | null {
  if (error instanceof CasebookFailure) return null;
  const code = codeOf(error);
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') {
    return new CasebookFailure('internal', `The disk is full, so the last change was not saved. ${KEPT}: free some space and save again.`);
  }
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_PERM' || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return new CasebookFailure(
      'read-only',
      `The project file cannot be written: it, or the drive it is on, is read-only. ${KEPT}: save a copy somewhere else with File ▸ Save As.`,
    );
  }
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') {
    return new CasebookFailure(
      'internal',
      `The disk reported an error while saving (${detailOf(error)}). ${KEPT}: save again, or save a copy somewhere else with File ▸ Save As.`,
    );
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new CasebookFailure(
      'invalid-file',
      `The project file is damaged (${detailOf(error)}). ${KEPT}: copy it out, then close the project and open its latest backup.`,
    );
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new CasebookFailure('conflict', `The project file is busy in another program. ${KEPT}: save again in a moment.`);
  }
  return null;
}
