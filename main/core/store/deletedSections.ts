import type Database from 'better-sqlite3';

/**
 * How long a deleted section stays in the file, hidden: longer than any editing session, so an
 * undo (which lives only as long as the window) never finds its section purged, even after
 * Save As or reopening the project; short enough that deleted text, which may name patients
 * or staff, does not linger in the file for long.
 */
export const DELETED_SECTION_DAYS = 7;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The moment before which deleted sections are purged when a project opens. */
export const purgeCutoff = (at: Date = new Date()): Date => new Date(at.getTime() - DELETED_SECTION_DAYS * DAY_MS);

/**
 * Removes deleted sections for good, with their subsections, comments and versions (the
 * foreign keys cascade): those deleted before a moment (on open), or all of them (a review
 * copy leaving the writer's hands). secure_delete overwrites the removed text in the file.
 */
export function purgeDeletedSections(db: Database.Database, deletedBefore: Date | 'all'): void {
  const cutoff = deletedBefore === 'all' ? null : deletedBefore.toISOString();
  const doomed = db.prepare('SELECT 1 FROM sections WHERE deleted_at IS NOT NULL AND (@cutoff IS NULL OR deleted_at < @cutoff) LIMIT 1');
  // Opening is the common case and usually finds nothing to purge: it then writes nothing.
  if (!doomed.get({ cutoff })) return;
  const secure = db.pragma('secure_delete', { simple: true }) as number;
  db.pragma('secure_delete = ON');
  try {
    db.prepare('DELETE FROM sections WHERE deleted_at IS NOT NULL AND (@cutoff IS NULL OR deleted_at < @cutoff)').run({ cutoff });
  } finally {
    db.pragma(`secure_delete = ${secure}`);
  }
}
