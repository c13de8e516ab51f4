import type Database from 'better-sqlite3';
import type { Anchor, Comment } from '../../../shared/model';
import { notFound } from './errors';
import { newId, now, parseJson } from './rows';

interface CommentRow {
  id: string;
  section_id: string;
  parent_id: string | null;
  anchor: string | null;
  quoted_text: string;
  author: string;
  author_initials: string;
  body: string;
  created_at: string;
  updated_at: string;
  resolved: number;
}

const toComment = (r: CommentRow): Comment => ({
  id: r.id,
  sectionId: r.section_id,
  parentId: r.parent_id,
  anchor: r.anchor ? parseJson<Anchor>(r.anchor, `anchor of comment ${r.id}`) : null,
  quotedText: r.quoted_text,
  author: r.author,
  authorInitials: r.author_initials,
  body: r.body,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  resolved: r.resolved === 1,
});

export type CommentInput = Pick<Comment, 'sectionId' | 'parentId' | 'anchor' | 'quotedText' | 'author' | 'authorInitials' | 'body'>;

export class CommentRepo {
  constructor(private readonly db: Database.Database) {}

  list(): Comment[] {
    // Comments on deleted sections are kept (an undo brings them back) but not shown.
    const rows = this.db
      .prepare('SELECT c.* FROM comments c JOIN sections s ON s.id = c.section_id WHERE s.deleted_at IS NULL ORDER BY c.created_at, c.rowid')
      .all() as CommentRow[];
    return rows.map(toComment);
  }

  get(id: string): Comment {
    const row = this.db
      .prepare('SELECT c.* FROM comments c JOIN sections s ON s.id = c.section_id WHERE c.id = ? AND s.deleted_at IS NULL')
      .get(id) as CommentRow | undefined;
    if (!row) throw notFound('comment', id);
    return toComment(row);
  }

  /** Inserts a comment; `existing` keeps ids and times when a comment arrives from elsewhere (merge, JSON). */
  create(input: CommentInput, existing?: Pick<Comment, 'id' | 'createdAt' | 'updatedAt' | 'resolved'>): Comment {
    // Checked here so a missing section or thread reads as "not found", not as a foreign-key failure.
    if (!this.db.prepare('SELECT 1 FROM sections WHERE id = ? AND deleted_at IS NULL').get(input.sectionId)) throw notFound('section', input.sectionId);
    if (input.parentId) this.get(input.parentId);
    const id = existing?.id ?? newId();
    const created = existing?.createdAt ?? now();
    this.db
      .prepare(
        `INSERT INTO comments (id, section_id, parent_id, anchor, quoted_text, author, author_initials, body, created_at, updated_at, resolved)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        input.sectionId,
        input.parentId,
        input.anchor ? JSON.stringify(input.anchor) : null,
        input.quotedText,
        input.author,
        input.authorInitials,
        input.body,
        created,
        existing?.updatedAt ?? created,
        existing?.resolved ? 1 : 0,
      );
    return this.get(id);
  }

  update(id: string, patch: Partial<Pick<Comment, 'body' | 'resolved' | 'anchor'>>): Comment {
    const next = { ...this.get(id), ...patch };
    this.db
      .prepare('UPDATE comments SET body = ?, resolved = ?, anchor = ?, updated_at = ? WHERE id = ?')
      .run(next.body, next.resolved ? 1 : 0, next.anchor ? JSON.stringify(next.anchor) : null, now(), id);
    return this.get(id);
  }

  delete(id: string): void {
    this.get(id);
    this.db.prepare('DELETE FROM comments WHERE id = ?').run(id);
  }
}
