import { docWordCount } from '../../../shared/doc/wordCount';
import { assertValidDoc } from '../store/docValidation';
import type { Project } from '../store/project';
import type { ProjectJson } from './projectJson';

/** Parents before children, so each row's parent exists when it is inserted. */
function parentsFirst<T extends { id: string }>(items: T[], parentOf: (item: T) => string | null): T[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const placed = new Set<string>();
  const out: T[] = [];
  const place = (item: T, depth = 0) => {
    if (placed.has(item.id)) return;
    const parent = parentOf(item);
    // depth guards against a cycle in a hand-edited document; the foreign keys then report it.
    if (parent && byId.has(parent) && depth < items.length) place(byId.get(parent)!, depth + 1);
    placed.add(item.id);
    out.push(item);
  };
  items.forEach((item) => place(item));
  return out;
}

/**
 * Writes a checked document (ProjectJson, checkLinks) into a freshly created, empty
 * project, in one transaction. Rows are written directly, not through the
 * repositories, because the repositories give new records fresh positions, codes and
 * times, while a project rebuilt from JSON must keep every one of them.
 */
export function fillFromJson(project: Project, doc: ProjectJson): void {
  const db = project.db;
  const run = (sql: string, ...values: unknown[]) => db.prepare(sql).run(...values);
  project.transaction(() => {
    run('UPDATE report SET report_id = ?, data = ? WHERE id = 1', doc.meta.reportId, JSON.stringify(doc.meta));
    for (const s of parentsFirst(doc.sections, (s) => s.parentId)) {
      assertValidDoc(s.content, `Section “${s.title}”`);
      run(
        'INSERT INTO sections (id, parent_id, position, title, content, review_status, words, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        s.id, s.parentId, s.order, s.title, JSON.stringify(s.content), s.reviewStatus, docWordCount(s.content), s.updatedAt,
      );
    }
    for (const v of doc.snapshots) {
      assertValidDoc(v.content, `Version “${v.label}”`);
      run(
        'INSERT INTO snapshots (id, section_id, title, content, label, author, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        v.id, v.sectionId, v.title, JSON.stringify(v.content), v.label, v.author, v.createdAt,
      );
    }
    for (const f of doc.findings) {
      run(
        'INSERT INTO findings (id, position, code, title, statement, themes, evidence_notes) VALUES (?, ?, ?, ?, ?, ?, ?)',
        f.id, f.order, f.code, f.title, f.statement, JSON.stringify(f.themes), f.evidenceNotes,
      );
    }
    for (const i of doc.safetyItems) {
      run(
        'INSERT INTO safety_items (id, position, kind, code, text, addressee, finding_id, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        i.id, i.order, i.kind, i.code, i.text, i.addressee, i.findingId, i.status,
      );
    }
    for (const r of doc.references) run('INSERT INTO refs (id, position, csl) VALUES (?, ?, ?)', r.id, r.order, JSON.stringify({ ...r.csl, id: r.id }));
    for (const a of doc.assets) {
      project.assets.create(
        { name: a.name, mimeType: a.mimeType, bytes: Buffer.from(a.base64, 'base64'), altText: a.altText, decorative: a.decorative },
        { id: a.id, createdAt: a.createdAt },
      );
    }
    for (const b of doc.brands) project.brands.save(b);
    for (const c of parentsFirst(doc.comments, (c) => c.parentId)) {
      project.comments.create(c, c);
    }
  });
}
