import type Database from 'better-sqlite3';
import { MAX_SECTION_DEPTH, emptyDoc, type DocNode, type ReviewStatus, type Section, type SectionSummary } from '../../../shared/model';
import { docWordCount } from '../../../shared/doc/wordCount';
import { assertValidDoc } from './docValidation';
import { badRequest, conflict, notFound } from './errors';
import { newId, now, parseJson } from './rows';
import { depthFirst, depthOf, heightOf, toSummary, type SectionRow } from './sectionTree';

type FullRow = SectionRow & { content: string };

export interface NewSection {
  parentId: string | null;
  index?: number;
  title: string;
  content?: DocNode;
  id?: string;
}

export class SectionRepo {
  /**
   * @param afterChange runs inside the transaction of every change to section text
   * or order, so what is derived from them (finding and safety item codes) never
   * lags behind, whoever made the change (API, CLI, importers).
   */
  constructor(
    private readonly db: Database.Database,
    private readonly afterChange: () => void = () => {},
  ) {}

  // Deleted sections stay in the table, hidden from every read, until purgeDeletedSections removes them.
  private rows(): SectionRow[] {
    return this.db
      .prepare('SELECT id, parent_id, position, title, review_status, updated_at, words FROM sections WHERE deleted_at IS NULL')
      .all() as SectionRow[];
  }

  list(): SectionSummary[] {
    return depthFirst(this.rows()).map(toSummary);
  }

  get(id: string): Section {
    const row = this.db.prepare('SELECT * FROM sections WHERE id = ? AND deleted_at IS NULL').get(id) as FullRow | undefined;
    if (!row) throw notFound('section', id);
    return { ...toSummary(row), content: parseJson<DocNode>(row.content, `content of section ${id}`) };
  }

  /** Every section with content, in outline order (for exports and checks). */
  all(): Section[] {
    const rows = this.db.prepare('SELECT * FROM sections WHERE deleted_at IS NULL').all() as FullRow[];
    return depthFirst(rows).map((row) => ({
      ...toSummary(row),
      content: parseJson<DocNode>((row as FullRow).content, `content of section ${row.id}`),
    }));
  }

  private siblings(parentId: string | null, exceptId?: string): string[] {
    const rows = this.db
      .prepare('SELECT id FROM sections WHERE parent_id IS ? AND deleted_at IS NULL ORDER BY position')
      .all(parentId) as { id: string }[];
    return rows.map((r) => r.id).filter((id) => id !== exceptId);
  }

  private renumber(ids: string[], parentId: string | null): void {
    const stmt = this.db.prepare('UPDATE sections SET position = ?, parent_id = ? WHERE id = ?');
    ids.forEach((id, position) => stmt.run(position, parentId, id));
  }

  create(input: NewSection): Section {
    return this.db.transaction(() => {
      const rows = this.rows();
      const byId = new Map(rows.map((r) => [r.id, r]));
      if (input.parentId && !byId.has(input.parentId)) throw notFound('parent section', input.parentId);
      if (depthOf(input.parentId, byId) + 1 > MAX_SECTION_DEPTH) {
        throw badRequest(`Sections nest at most ${MAX_SECTION_DEPTH} levels deep.`);
      }
      const content = input.content ?? emptyDoc();
      assertValidDoc(content, `Section “${input.title}”`);
      const id = input.id ?? newId();
      const siblings = this.siblings(input.parentId);
      const index = Math.min(input.index ?? siblings.length, siblings.length);
      this.db
        .prepare(
          `INSERT INTO sections (id, parent_id, position, title, content, review_status, words, updated_at)
           VALUES (?, ?, ?, ?, ?, 'draft', ?, ?)`,
        )
        .run(id, input.parentId, index, input.title, JSON.stringify(content), docWordCount(content), now());
      siblings.splice(index, 0, id);
      this.renumber(siblings, input.parentId);
      this.afterChange();
      return this.get(id);
    })();
  }

  update(input: { id: string; title?: string; content?: DocNode; reviewStatus?: ReviewStatus }): SectionSummary {
    return this.db.transaction(() => {
      const current = this.get(input.id);
      if (input.content) assertValidDoc(input.content, `Section “${current.title}”`);
      const content = input.content ?? current.content;
      this.db
        .prepare('UPDATE sections SET title = ?, content = ?, review_status = ?, words = ?, updated_at = ? WHERE id = ?')
        .run(
          input.title ?? current.title,
          JSON.stringify(content),
          input.reviewStatus ?? current.reviewStatus,
          input.content ? docWordCount(content) : current.words,
          now(),
          input.id,
        );
      if (input.content) this.afterChange();
      return toSummary(this.db.prepare('SELECT * FROM sections WHERE id = ?').get(input.id) as SectionRow);
    })();
  }

  move(input: { id: string; parentId: string | null; index: number }): SectionSummary[] {
    return this.db.transaction(() => {
      const rows = this.rows();
      const byId = new Map(rows.map((r) => [r.id, r]));
      const moving = byId.get(input.id);
      if (!moving) throw notFound('section', input.id);
      if (input.parentId && !byId.has(input.parentId)) throw notFound('parent section', input.parentId);
      for (let cur = input.parentId; cur; cur = byId.get(cur)?.parent_id ?? null) {
        if (cur === input.id) throw badRequest('A section cannot be moved inside itself.');
      }
      if (depthOf(input.parentId, byId) + heightOf(input.id, rows) > MAX_SECTION_DEPTH) {
        throw badRequest(`Sections nest at most ${MAX_SECTION_DEPTH} levels deep.`);
      }
      this.renumber(this.siblings(moving.parent_id, input.id), moving.parent_id);
      const target = this.siblings(input.parentId, input.id);
      target.splice(Math.min(input.index, target.length), 0, input.id);
      this.renumber(target, input.parentId);
      this.afterChange();
      return this.list();
    })();
  }

  /**
   * Deletes a section with its subsections softly: the rows are only marked, so an undo
   * (restore) brings back the same rows with their comments and versions.
   */
  delete(id: string): Section[] {
    return this.db.transaction(() => {
      const doomed: Section[] = [];
      const collect = (sectionId: string) => {
        doomed.push(this.get(sectionId));
        for (const child of this.siblings(sectionId)) collect(child);
      };
      collect(id);
      const parentId = doomed[0]!.parentId;
      const mark = this.db.prepare('UPDATE sections SET deleted_at = ? WHERE id = ?');
      const deletedAt = now();
      for (const section of doomed) mark.run(deletedAt, section.id);
      this.renumber(this.siblings(parentId), parentId);
      this.afterChange();
      return doomed;
    })();
  }

  /**
   * Puts back sections removed by delete (parents listed before children, as delete returns them):
   * the same rows when they are still in the file, else (purged since) new rows from what delete returned.
   */
  restore(sections: Section[]): SectionSummary[] {
    return this.db.transaction(() => {
      const stored = (id: string) =>
        this.db.prepare('SELECT deleted_at FROM sections WHERE id = ?').get(id) as { deleted_at: string | null } | undefined;
      for (const section of sections) {
        const row = stored(section.id);
        // Checked here so an undo that can no longer apply reads clearly, not as a constraint failure.
        if (row && row.deleted_at === null) throw conflict(`Section “${section.title}” is already in the report.`);
        if (section.parentId && stored(section.parentId)?.deleted_at !== null) throw notFound('parent section', section.parentId);
        const siblings = this.siblings(section.parentId);
        const index = Math.min(section.order, siblings.length);
        if (row) {
          this.db.prepare('UPDATE sections SET deleted_at = NULL, parent_id = ? WHERE id = ?').run(section.parentId, section.id);
        } else {
          assertValidDoc(section.content, `Section “${section.title}”`);
          this.db
            .prepare(
              `INSERT INTO sections (id, parent_id, position, title, content, review_status, words, updated_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
            )
            .run(
              section.id,
              section.parentId,
              index,
              section.title,
              JSON.stringify(section.content),
              section.reviewStatus,
              docWordCount(section.content),
              now(),
            );
        }
        siblings.splice(index, 0, section.id);
        this.renumber(siblings, section.parentId);
      }
      this.afterChange();
      return this.list();
    })();
  }
}
