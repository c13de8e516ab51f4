import type Database from 'better-sqlite3';
import type { DocNode, Finding, SafetyItem } from '../../../shared/model';
import { codeYear } from '../../../shared/numbering/codes';
import { firstAppearances } from '../../../shared/numbering/mentions';
import { findingCodes, safetyItemCodes } from '../../../shared/numbering/registerCodes';
import { mentionsFinding, placesSafetyItem } from '../../../shared/numbering/sectionsMentioning';
import { mentioningSections, type SectionPlace } from './mentioningSections';
import { badRequest, notFound } from './errors';
import type { MetaRepo } from './metaRepo';
import { newId, parseJson } from './rows';
import { depthFirst, type SectionRow } from './sectionTree';

interface FindingRow {
  id: string;
  position: number;
  code: string;
  title: string;
  statement: string;
  themes: string;
  evidence_notes: string;
}
interface SafetyRow {
  id: string;
  position: number;
  kind: SafetyItem['kind'];
  code: string;
  text: string;
  addressee: string;
  finding_id: string | null;
  status: SafetyItem['status'];
}

const toFinding = (r: FindingRow): Finding => ({
  id: r.id,
  order: r.position,
  code: r.code,
  title: r.title,
  statement: r.statement,
  themes: parseJson<string[]>(r.themes, `themes of finding ${r.id}`),
  evidenceNotes: r.evidence_notes,
});
const toSafetyItem = (r: SafetyRow): SafetyItem => ({
  id: r.id,
  order: r.position,
  kind: r.kind,
  code: r.code,
  text: r.text,
  addressee: r.addressee,
  findingId: r.finding_id,
  status: r.status,
});

export type FindingInput = Omit<Finding, 'id' | 'order' | 'code'>;
export type SafetyItemInput = Omit<SafetyItem, 'id' | 'order' | 'code'>;

/** Findings and safety items: the register a report's numbered codes come from. */
export class RegisterRepo {
  constructor(
    private readonly db: Database.Database,
    private readonly meta: MetaRepo,
  ) {}

  listFindings(): Finding[] {
    return (this.db.prepare('SELECT * FROM findings ORDER BY position').all() as FindingRow[]).map(toFinding);
  }

  getFinding(id: string): Finding {
    const row = this.db.prepare('SELECT * FROM findings WHERE id = ?').get(id) as FindingRow | undefined;
    if (!row) throw notFound('finding', id);
    return toFinding(row);
  }

  createFinding(input: FindingInput, id = newId()): Finding {
    return this.db.transaction(() => {
      const position = (this.db.prepare('SELECT COUNT(*) AS n FROM findings').get() as { n: number }).n;
      this.db
        .prepare('INSERT INTO findings (id, position, code, title, statement, themes, evidence_notes) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(id, position, '', input.title, input.statement, JSON.stringify(input.themes), input.evidenceNotes);
      this.renumber();
      return this.getFinding(id);
    })();
  }

  updateFinding(id: string, patch: Partial<FindingInput>): Finding {
    const next = { ...this.getFinding(id), ...patch };
    this.db
      .prepare('UPDATE findings SET title = ?, statement = ?, themes = ?, evidence_notes = ? WHERE id = ?')
      .run(next.title, next.statement, JSON.stringify(next.themes), next.evidenceNotes, id);
    return this.getFinding(id);
  }

  deleteFinding(id: string): void {
    this.db.transaction(() => {
      this.getFinding(id);
      this.db.prepare('DELETE FROM findings WHERE id = ?').run(id);
      this.reorderFindings(this.listFindings().map((f) => f.id));
    })();
  }

  reorderFindings(ids: string[]): Finding[] {
    return this.db.transaction(() => {
      const existing = new Set(this.listFindings().map((f) => f.id));
      if (ids.length !== existing.size || new Set(ids).size !== ids.length || !ids.every((id) => existing.has(id))) {
        throw badRequest('A new order must list every finding exactly once.');
      }
      const stmt = this.db.prepare('UPDATE findings SET position = ? WHERE id = ?');
      ids.forEach((id, i) => stmt.run(i, id));
      this.renumber();
      return this.listFindings();
    })();
  }

  listSafetyItems(): SafetyItem[] {
    return (this.db.prepare('SELECT * FROM safety_items ORDER BY position').all() as SafetyRow[]).map(toSafetyItem);
  }

  getSafetyItem(id: string): SafetyItem {
    const row = this.db.prepare('SELECT * FROM safety_items WHERE id = ?').get(id) as SafetyRow | undefined;
    if (!row) throw notFound('safety item', id);
    return toSafetyItem(row);
  }

  createSafetyItem(input: SafetyItemInput, id = newId()): SafetyItem {
    return this.db.transaction(() => {
      if (input.findingId) this.getFinding(input.findingId);
      const position = (this.db.prepare('SELECT COUNT(*) AS n FROM safety_items').get() as { n: number }).n;
      this.db
        .prepare(
          'INSERT INTO safety_items (id, position, kind, code, text, addressee, finding_id, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        )
        .run(id, position, input.kind, '', input.text, input.addressee, input.findingId, input.status);
      this.renumber();
      return this.getSafetyItem(id);
    })();
  }

  updateSafetyItem(id: string, patch: Partial<SafetyItemInput>): SafetyItem {
    return this.db.transaction(() => {
      const next = { ...this.getSafetyItem(id), ...patch };
      if (next.findingId) this.getFinding(next.findingId);
      this.db
        .prepare('UPDATE safety_items SET kind = ?, text = ?, addressee = ?, finding_id = ?, status = ? WHERE id = ?')
        .run(next.kind, next.text, next.addressee, next.findingId, next.status, id);
      this.renumber();
      return this.getSafetyItem(id);
    })();
  }

  deleteSafetyItem(id: string): void {
    this.db.transaction(() => {
      this.getSafetyItem(id);
      this.db.prepare('DELETE FROM safety_items WHERE id = ?').run(id);
      // Close the gap: new items are placed at COUNT(*), which must not collide with a survivor.
      const setPosition = this.db.prepare('UPDATE safety_items SET position = ? WHERE id = ?');
      this.listSafetyItems().forEach((item, i) => setPosition.run(i, item.id));
      this.renumber();
    })();
  }

  /** The sections whose text mentions this finding, in outline order (the panel's "mentioned in", with jump targets). */
  findingPlaces(id: string): SectionPlace[] {
    this.getFinding(id);
    return mentioningSections(this.db, id, mentionsFinding(id));
  }

  /** The sections where this safety item is placed as a block, in outline order. */
  safetyItemPlaces(id: string): SectionPlace[] {
    this.getSafetyItem(id);
    return mentioningSections(this.db, id, placesSafetyItem(id));
  }

  /**
   * Rewrites stored codes from the report's current text, so every reader of the
   * file sees current codes: findings by first mention, safety items per kind by
   * the position of their blocks (shared/numbering), the unmentioned after them in
   * register order. Called inside the transaction of any change that can move them.
   */
  renumber(): void {
    const { findings, safetyItems } = firstAppearances(this.docsInOutlineOrder());
    const findingCodesNow = findingCodes(this.listFindings(), findings);
    const setFinding = this.db.prepare('UPDATE findings SET code = ? WHERE id = ? AND code IS NOT ?');
    for (const [id, code] of findingCodesNow) setFinding.run(code, id, code);
    const year = codeYear(this.meta.get().publicationDate);
    const itemCodes = safetyItemCodes(this.listSafetyItems(), safetyItems, year);
    const setItem = this.db.prepare('UPDATE safety_items SET code = ? WHERE id = ? AND code IS NOT ?');
    for (const [id, code] of itemCodes) setItem.run(code, id, code);
  }

  /**
   * Section documents in outline order. Only sections whose stored JSON names a
   * finding reference or a safety item block are parsed: the rest cannot change a code,
   * which keeps renumbering on every keystroke-save cheap.
   */
  private docsInOutlineOrder(): DocNode[] {
    const rows = this.db
      .prepare('SELECT id, parent_id, position, title, review_status, updated_at, words FROM sections WHERE deleted_at IS NULL')
      .all() as SectionRow[];
    const marked = this.db
      .prepare(
        `SELECT id, content FROM sections WHERE deleted_at IS NULL AND (instr(content, '"findingRef"') > 0 OR instr(content, '"safetyItemBlock"') > 0)`,
      )
      .all() as { id: string; content: string }[];
    const content = new Map(marked.map((r) => [r.id, r.content]));
    return depthFirst(rows)
      .filter((row) => content.has(row.id))
      .map((row) => parseJson<DocNode>(content.get(row.id)!, `content of section ${row.id}`));
  }
}
