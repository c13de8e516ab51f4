import type Database from 'better-sqlite3';
import type { DocNode, Section, Snapshot, SnapshotSummary } from '../../../shared/model';
import { notFound } from './errors';
import { newId, now, parseJson } from './rows';
import type { SectionRepo } from './sectionRepo';

interface SnapshotRow {
  id: string;
  section_id: string;
  title: string;
  content: string;
  label: string;
  author: string;
  created_at: string;
}

const toSummary = (row: SnapshotRow): SnapshotSummary => ({
  id: row.id,
  sectionId: row.section_id,
  title: row.title,
  label: row.label,
  author: row.author,
  createdAt: row.created_at,
});

export class SnapshotRepo {
  constructor(
    private readonly db: Database.Database,
    private readonly sections: SectionRepo,
  ) {}

  list(sectionId: string): SnapshotSummary[] {
    const rows = this.db
      .prepare(
        `SELECT v.* FROM snapshots v JOIN sections s ON s.id = v.section_id
         WHERE v.section_id = ? AND s.deleted_at IS NULL ORDER BY v.created_at DESC, v.rowid DESC`,
      )
      .all(sectionId) as SnapshotRow[];
    return rows.map(toSummary);
  }

  get(id: string): Snapshot {
    // A deleted section's versions are kept for an undo but not shown.
    const row = this.db
      .prepare('SELECT v.* FROM snapshots v JOIN sections s ON s.id = v.section_id WHERE v.id = ? AND s.deleted_at IS NULL')
      .get(id) as SnapshotRow | undefined;
    if (!row) throw notFound('version', id);
    return { ...toSummary(row), content: parseJson<DocNode>(row.content, `version ${id}`) };
  }

  create(input: { sectionId: string; label: string; author: string }): SnapshotSummary {
    const section = this.sections.get(input.sectionId);
    const id = newId();
    this.db
      .prepare('INSERT INTO snapshots (id, section_id, title, content, label, author, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(id, section.id, section.title, JSON.stringify(section.content), input.label, input.author, now());
    return toSummary(this.db.prepare('SELECT * FROM snapshots WHERE id = ?').get(id) as SnapshotRow);
  }

  /** Saves the current text as a version first, so a restore is itself undoable. */
  restore(id: string, author: string): Section {
    return this.db.transaction(() => {
      const snapshot = this.get(id);
      this.create({ sectionId: snapshot.sectionId, label: `Before restoring “${snapshot.label}”`, author });
      this.sections.update({ id: snapshot.sectionId, title: snapshot.title, content: snapshot.content });
      return this.sections.get(snapshot.sectionId);
    })();
  }
}
