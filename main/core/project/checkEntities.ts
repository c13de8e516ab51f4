import type Database from 'better-sqlite3';
import { AssetSummary, Brand, Comment, DocSchema, Finding, Reference, ReportMeta, SafetyItem, SectionSummary, SnapshotSummary } from '../../../shared/model';
import type { DocNode } from '../../../shared/model';
import { docSchemaProblem } from '../store/docValidation';
import { docAttributeProblems } from '../../../shared/doc/docAttributeProblems';
import { checkModel, readJson, type ProjectProblem } from './projectProblem';

type Row = Record<string, unknown>;

/** Sections and versions that parsed, kept so later checks can follow their links. */
export interface CheckedDocs {
  docs: { where: string; content: DocNode }[];
}

const all = (db: Database.Database, sql: string) => db.prepare(sql).all() as Row[];

const quoted = (title: unknown) => (typeof title === 'string' && title.trim() ? `“${title}”` : '(untitled)');

function checkDoc(content: unknown, where: string, problems: ProjectProblem[], docs: CheckedDocs['docs']): void {
  if (content === undefined || !checkModel(DocSchema, content, where, problems)) return;
  const schemaProblem = docSchemaProblem(content as DocNode);
  if (schemaProblem) {
    problems.push({ where, problem: schemaProblem });
    return;
  }
  for (const problem of docAttributeProblems(content as DocNode)) problems.push({ where, problem });
  docs.push({ where, content: content as DocNode });
}

export function checkReport(db: Database.Database, problems: ProjectProblem[]): void {
  const rows = all(db, 'SELECT report_id, data FROM report');
  if (rows.length !== 1) {
    problems.push({ where: 'report', problem: `expected one report record, found ${rows.length}` });
    return;
  }
  const row = rows[0]!;
  const data = readJson(row.data, 'report', 'the metadata', problems);
  const meta = data === undefined ? undefined : checkModel(ReportMeta, data, 'report', problems);
  if (meta && meta.reportId !== row.report_id) {
    problems.push({ where: 'report', problem: `the report id in the metadata (${meta.reportId}) differs from the stored one (${String(row.report_id)})` });
  }
}

export function checkSections(db: Database.Database, problems: ProjectProblem[], docs: CheckedDocs['docs']): void {
  // A deleted section is no longer part of the report: its links and text are not checked.
  for (const r of all(db, 'SELECT * FROM sections WHERE deleted_at IS NULL')) {
    const where = `section ${quoted(r.title)} (${String(r.id)})`;
    const content = readJson(r.content, where, 'the content', problems);
    const section = {
      id: r.id,
      parentId: r.parent_id,
      order: r.position,
      title: r.title,
      reviewStatus: r.review_status,
      updatedAt: r.updated_at,
      words: r.words,
    };
    checkModel(SectionSummary, section, where, problems);
    checkDoc(content, where, problems, docs);
  }
}

export function checkSnapshots(db: Database.Database, problems: ProjectProblem[]): void {
  for (const r of all(db, 'SELECT * FROM snapshots')) {
    const where = `version ${quoted(r.label)} of section ${String(r.section_id)} (${String(r.id)})`;
    const content = readJson(r.content, where, 'the content', problems);
    const snapshot = { id: r.id, sectionId: r.section_id, title: r.title, label: r.label, author: r.author, createdAt: r.created_at };
    checkModel(SnapshotSummary, snapshot, where, problems);
    // A version's links may legitimately point at entities deleted since, so only its shape is checked.
    checkDoc(content, where, problems, []);
  }
}

export function checkFindings(db: Database.Database, problems: ProjectProblem[]): void {
  for (const r of all(db, 'SELECT * FROM findings')) {
    const where = `finding ${String(r.code) || '(no code)'} (${String(r.id)})`;
    const themes = readJson(r.themes, where, 'the themes', problems);
    if (themes === undefined) continue;
    const finding = { id: r.id, order: r.position, code: r.code, title: r.title, statement: r.statement, themes, evidenceNotes: r.evidence_notes };
    checkModel(Finding, finding, where, problems);
  }
}

export function checkSafetyItems(db: Database.Database, problems: ProjectProblem[]): void {
  for (const r of all(db, 'SELECT * FROM safety_items')) {
    const where = `safety item ${String(r.code) || '(no code)'} (${String(r.id)})`;
    const item = { id: r.id, order: r.position, kind: r.kind, code: r.code, text: r.text, addressee: r.addressee, findingId: r.finding_id, status: r.status };
    checkModel(SafetyItem, item, where, problems);
  }
}

export function checkReferences(db: Database.Database, problems: ProjectProblem[]): void {
  for (const r of all(db, 'SELECT * FROM refs')) {
    const where = `reference ${Number(r.position) + 1} (${String(r.id)})`;
    const csl = readJson(r.csl, where, 'the CSL-JSON', problems);
    if (csl === undefined) continue;
    checkModel(Reference, { id: r.id, order: r.position, csl }, where, problems);
  }
}

export function checkComments(db: Database.Database, problems: ProjectProblem[]): void {
  for (const r of all(db, 'SELECT * FROM comments')) {
    const where = `comment by ${quoted(r.author)} (${String(r.id)})`;
    const anchor = r.anchor === null ? null : readJson(r.anchor, where, 'the anchor', problems);
    if (anchor === undefined) continue;
    const comment = {
      id: r.id,
      sectionId: r.section_id,
      parentId: r.parent_id,
      anchor,
      quotedText: r.quoted_text,
      author: r.author,
      authorInitials: r.author_initials,
      body: r.body,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      resolved: r.resolved === 1 ? true : r.resolved === 0 ? false : r.resolved,
    };
    checkModel(Comment, comment, where, problems);
  }
}

export function checkAssets(db: Database.Database, problems: ProjectProblem[]): void {
  const sql = 'SELECT id, name, mime_type, typeof(bytes) AS kind, length(bytes) AS size, alt_text, decorative, created_at FROM assets';
  for (const r of all(db, sql)) {
    const where = `image ${quoted(r.name)} (${String(r.id)})`;
    if (r.kind !== 'blob') problems.push({ where, problem: 'its bytes are not stored as a blob' });
    const decorative = r.decorative === 1 ? true : r.decorative === 0 ? false : r.decorative;
    const asset = { id: r.id, name: r.name, mimeType: r.mime_type, size: r.size, altText: r.alt_text, decorative, createdAt: r.created_at };
    checkModel(AssetSummary, asset, where, problems);
  }
}

export function checkBrands(db: Database.Database, problems: ProjectProblem[]): void {
  for (const r of all(db, 'SELECT * FROM brands')) {
    const where = `brand ${quoted(r.name)} (${String(r.id)})`;
    const data = readJson(r.data, where, 'the brand data', problems);
    const brand = data === undefined ? undefined : checkModel(Brand, data, where, problems);
    if (brand && brand.id !== r.id) problems.push({ where, problem: `its data names another id (${brand.id})` });
  }
}
