import type Database from 'better-sqlite3';
import { ReviewStatus } from '../../../shared/model';
import { sealChecksums } from '../store/checksums/sealChecksums';

/**
 * What a review copy looked like when it was made: each section's review status and
 * the ids of the comments it already held. Merging compares the reviewer's copy with
 * this baseline, so it can tell a change the reviewer made from one the writer made
 * since (a three-way merge), and never brings back a comment the writer deleted.
 *
 * It lives in a table of its own that only review copies carry; a project without it
 * is simply not a review copy, so no migration is involved.
 */
export interface ReviewBaseline {
  copiedAt: string;
  statuses: Map<string, ReviewStatus>;
  commentIds: Set<string>;
}

const TABLE = 'review_baseline';

export function writeBaseline(db: Database.Database, copiedAt: string): void {
  db.transaction(() => {
    db.exec(`DROP TABLE IF EXISTS ${TABLE}`);
    db.exec(`CREATE TABLE ${TABLE} (kind TEXT NOT NULL, id TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (kind, id))`);
    const insert = db.prepare(`INSERT INTO ${TABLE} (kind, id, value) VALUES (?, ?, ?)`);
    insert.run('copy', 'copiedAt', copiedAt);
    for (const row of db.prepare('SELECT id, review_status FROM sections WHERE deleted_at IS NULL').all() as { id: string; review_status: string }[]) {
      insert.run('section', row.id, row.review_status);
    }
    for (const row of db.prepare('SELECT id FROM comments').all() as { id: string }[]) insert.run('comment', row.id, '');
    // A new table has no checksum triggers yet, and the schema changed: both are summed afresh.
    sealChecksums(db);
  })();
}

/** The baseline of a review copy, or null for a project that was not saved as one. */
export function readBaseline(db: Database.Database): ReviewBaseline | null {
  const table = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(TABLE);
  if (!table) return null;
  const rows = db.prepare(`SELECT kind, id, value FROM ${TABLE}`).all() as { kind: string; id: string; value: string }[];
  const baseline: ReviewBaseline = { copiedAt: '', statuses: new Map(), commentIds: new Set() };
  for (const row of rows) {
    if (row.kind === 'copy' && row.id === 'copiedAt') baseline.copiedAt = row.value;
    else if (row.kind === 'section') {
      const status = ReviewStatus.safeParse(row.value);
      if (status.success) baseline.statuses.set(row.id, status.data);
    } else if (row.kind === 'comment') baseline.commentIds.add(row.id);
  }
  return baseline;
}
