import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../../../shared/model';
import { APPLICATION_ID } from '../format';
import { CHECKSUMS_SINCE, SCHEMA_VERSION, migrations } from '../migrations';
import { Project } from '../project';
import { sha256, useTempProjects } from '../tempProjects';
import { findChecksumDamage } from './findChecksumDamage';

const temp = useTempProjects();

const doc = (text: string): DocNode => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

/** Changes the file as another program would: a plain connection, without Casebook's triggers. */
function editOutside(path: string, sql: string): void {
  const db = new Database(path);
  try {
    db.exec(sql);
  } finally {
    db.close();
  }
}

function expectDamaged(path: string, problem: string): void {
  const before = sha256(path);
  expect(() => Project.open(path)).toThrow(`: the file is damaged (${problem}).`);
  expect(sha256(path)).toBe(before);
}

/** A closed project with a little of everything; returns its path and the id of section “Method”. */
function smallProject(): { path: string; method: string } {
  const project = temp.create({ title: 'Checks' });
  const method = project.sections.create({ parentId: null, title: 'Method', content: doc('We interviewed staff.') });
  project.sections.create({ parentId: method.id, title: 'Sites', content: doc('Three trusts.') });
  project.snapshots.create({ sectionId: method.id, label: 'First draft', author: 'Ann' });
  project.close();
  return { path: project.path, method: method.id };
}

describe('content checksums', () => {
  it('follow every kind of write, including cascades, so the project reopens', () => {
    let project = temp.create({ title: 'Writes' });
    const a = project.sections.create({ parentId: null, title: 'A', content: doc('one') });
    const b = project.sections.create({ parentId: a.id, title: 'B', content: doc('two') });
    project.sections.update({ id: b.id, content: doc('two, edited'), reviewStatus: 'in-review' });
    project.sections.move({ id: b.id, parentId: null, index: 0 });
    project.snapshots.create({ sectionId: a.id, label: 'v1', author: 'Ann' });
    project.comments.create({ sectionId: a.id, parentId: null, anchor: null, quotedText: '', author: 'Bo', authorInitials: 'B', body: 'Why?' });
    const finding = project.register.createFinding({ title: 'F', statement: 'S', themes: [], evidenceNotes: '' });
    project.register.createSafetyItem({ kind: 'recommendation', text: 'Do it', addressee: 'NHS', findingId: finding.id, status: 'agreed' });
    // Deleting the finding sets the item's finding_id to null, and deleting A removes its version and comment: cascades.
    project.register.deleteFinding(finding.id);
    const deleted = project.sections.delete(a.id);
    project.sections.restore(deleted);
    project.references.create({ type: 'report', title: 'Guide' });
    project.meta.update({ title: 'Writes, renamed' });
    project = temp.reopen(project);
    expect(findChecksumDamage(project.db)).toBeNull();
    expect(project.sections.list().map((s) => s.title)).toEqual(['B', 'A']);
  });

  it('refuse a text changed outside Casebook, naming the section, and leave the file untouched', () => {
    const { path, method } = smallProject();
    editOutside(path, `UPDATE sections SET content = replace(content, 'staff', 'stuff') WHERE id = '${method}'`);
    expectDamaged(path, 'section “Method” does not match its checksum');
  });

  it('refuse a record added or removed outside Casebook', () => {
    const added = smallProject();
    editOutside(added.path, "INSERT INTO refs (id, position, csl) VALUES ('r1', 0, '{}')");
    expectDamaged(added.path, 'reference 1 has no checksum');
    const removed = smallProject();
    editOutside(removed.path, "DELETE FROM snapshots WHERE label = 'First draft'");
    expectDamaged(removed.path, '1 record(s) are missing (their checksums remain)');
  });

  it('refuse a schema changed outside Casebook', () => {
    const { path } = smallProject();
    editOutside(path, 'ALTER TABLE sections ADD COLUMN colour TEXT');
    expectDamaged(path, 'the definition of table sections does not match its checksum');
  });

  it('are written for a project made before them, which then guards its content too', () => {
    const path = temp.path();
    const db = new Database(path);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    for (const migration of migrations.slice(0, CHECKSUMS_SINCE - 1)) db.exec(migration);
    db.pragma(`user_version = ${CHECKSUMS_SINCE - 1}`);
    db.prepare("INSERT INTO report (id, report_id, data) VALUES (1, 'r', ?)").run(
      JSON.stringify({ reportId: crypto.randomUUID(), title: 'Old', subtitle: '', referenceNumber: '', reportType: 'Learning report', authors: [], publicationDate: '', status: 'draft', language: 'en-GB', citationStyle: 'vancouver', brandId: null }),
    );
    db.prepare("INSERT INTO sections (id, parent_id, position, title, content, review_status, words, updated_at) VALUES ('s1', NULL, 0, 'Old text', ?, 'draft', 2, '2025-01-01T00:00:00.000Z')").run(
      JSON.stringify(doc('Old words')),
    );
    db.close();

    const project = temp.open(path);
    expect(project.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(findChecksumDamage(project.db)).toBeNull();
    project.close();
    editOutside(path, "UPDATE report SET data = replace(data, 'Old', 'New')");
    expectDamaged(path, 'the report details (title, authors, status) does not match its checksum');
  });

  it('refuse a trigger planted in the file', () => {
    const { path } = smallProject();
    const db = new Database(path);
    db.exec("CREATE TRIGGER forge AFTER INSERT ON refs BEGIN SELECT casebook_checksum('x'); END");
    db.close();
    expectDamaged(path, 'the definition of trigger forge does not match its checksum');
  });
});
