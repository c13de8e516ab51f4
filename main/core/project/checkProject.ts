import type Database from 'better-sqlite3';
import { MAX_SECTION_DEPTH } from '../../../shared/model';
import type { Project } from '../store/project';
import {
  checkAssets,
  checkBrands,
  checkComments,
  checkFindings,
  checkReferences,
  checkReport,
  checkSafetyItems,
  checkSections,
  checkSnapshots,
  type CheckedDocs,
} from './checkEntities';
import { docLinks } from './docLinks';
import type { ProjectProblem } from './projectProblem';

export type { ProjectProblem } from './projectProblem';

function checkIntegrity(db: Database.Database, problems: ProjectProblem[]): void {
  const rows = db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
  for (const { integrity_check: message } of rows) {
    if (message !== 'ok') problems.push({ where: 'database file', problem: message });
  }
  const broken = db.pragma('foreign_key_check', { simple: false }) as { table: string; rowid: number; parent: string }[];
  for (const row of broken) {
    problems.push({ where: `${row.table} row ${row.rowid}`, problem: `refers to a row missing from ${row.parent}` });
  }
}

/** Every section must hang from the outline (no loops) no deeper than the model allows. */
function checkOutline(db: Database.Database, problems: ProjectProblem[]): void {
  const rows = db.prepare('SELECT id, parent_id, title FROM sections WHERE deleted_at IS NULL').all() as { id: string; parent_id: string | null; title: string }[];
  const parentOf = new Map(rows.map((r) => [r.id, r.parent_id]));
  for (const row of rows) {
    const where = `section “${row.title}” (${row.id})`;
    const seen = new Set<string>();
    let cur: string | null | undefined = row.id;
    while (cur && !seen.has(cur)) {
      seen.add(cur);
      cur = parentOf.get(cur);
    }
    if (cur) problems.push({ where, problem: 'its parents form a loop, so it is not in the outline' });
    else if (seen.size > MAX_SECTION_DEPTH) {
      problems.push({ where, problem: `it is nested ${seen.size} levels deep; at most ${MAX_SECTION_DEPTH} are allowed` });
    }
  }
}

const ids = (db: Database.Database, table: string) =>
  new Set((db.prepare(`SELECT id FROM ${table}`).all() as { id: string }[]).map((r) => r.id));

/** Citations, finding mentions, placed safety items and figures must point at something that exists. */
function checkLinks(db: Database.Database, docs: CheckedDocs['docs'], problems: ProjectProblem[]): void {
  const known = {
    references: ids(db, 'refs'),
    findings: ids(db, 'findings'),
    safetyItems: ids(db, 'safety_items'),
    assets: ids(db, 'assets'),
  };
  const what = {
    references: 'cites a reference that is not in the library',
    findings: 'mentions a finding that is not in the register',
    safetyItems: 'places a safety item that is not in the register',
    assets: 'shows an image that is not in the project',
  } as const;
  for (const { where, content } of docs) {
    const links = docLinks(content);
    for (const kind of Object.keys(what) as (keyof typeof what)[]) {
      for (const id of new Set(links[kind])) {
        if (!known[kind].has(id)) problems.push({ where, problem: `${what[kind]} (${id})` });
      }
    }
  }
}

/**
 * Checks an open project thoroughly: SQLite integrity and foreign keys, every stored
 * entity against the report model, every section against the document schema, and
 * every link from text to register, library and images. An empty list means sound.
 */
export function checkProject(project: Project): ProjectProblem[] {
  const { db } = project;
  const problems: ProjectProblem[] = [];
  checkIntegrity(db, problems);
  const docs: CheckedDocs['docs'] = [];
  checkReport(db, problems);
  checkSections(db, problems, docs);
  checkOutline(db, problems);
  checkSnapshots(db, problems);
  checkFindings(db, problems);
  checkSafetyItems(db, problems);
  checkReferences(db, problems);
  checkComments(db, problems);
  checkAssets(db, problems);
  checkBrands(db, problems);
  checkLinks(db, docs, problems);
  return problems;
}
