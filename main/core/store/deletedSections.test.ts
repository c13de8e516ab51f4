import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../../shared/model';
import { loadReportDocument } from '../export/reportDocument';
import { exportJson } from '../interchange/exportJson';
import { checkProject } from '../project/checkProject';
import { projectCounts } from '../project/projectCounts';
import { saveReviewCopy } from '../review/saveReviewCopy';
import { DELETED_SECTION_DAYS } from './deletedSections';
import type { Project } from './project';
import { useTempProjects } from './tempProjects';

const temp = useTempProjects();

const doc = (...content: DocNode[]): DocNode => ({ type: 'doc', content });
const p = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
const text = (value: string): DocNode => ({ type: 'text', text: value });
const fref = (findingId: string): DocNode => ({ type: 'findingRef', attrs: { findingId } });
const cite = (referenceId: string): DocNode => ({ type: 'citation', attrs: { items: [{ referenceId, locator: '' }] } });

/** Marks a deleted section's rows as deleted that many days ago, as if the delete had been then. */
const ageDeletion = (project: Project, days: number) =>
  project.db.prepare('UPDATE sections SET deleted_at = ? WHERE deleted_at IS NOT NULL').run(new Date(Date.now() - days * 86_400_000).toISOString());

/** A report whose middle section ("Findings") has a subsection, a comment thread, a version and the only mention of finding B. */
function setUp() {
  const project = temp.create();
  const [a, b] = ['A', 'B'].map((title) => project.register.createFinding({ title, statement: '', themes: [], evidenceNotes: '' }));
  const intro = project.sections.create({ parentId: null, title: 'Introduction', content: doc(p(fref(a!.id))) });
  const findings = project.sections.create({
    parentId: null,
    title: 'Findings',
    content: doc(p(text('Staff support varied (SECRET-MARKER-7731). '), fref(b!.id))),
  });
  const detail = project.sections.create({ parentId: findings.id, title: 'Detail', content: doc(p(text('More words here.'))) });
  const closing = project.sections.create({ parentId: null, title: 'Closing' });
  const thread = project.comments.create({
    sectionId: findings.id,
    parentId: null,
    anchor: null,
    quotedText: 'Staff support varied',
    author: 'Reviewer',
    authorInitials: 'R',
    body: 'Which trusts?',
  });
  const reply = project.comments.create({ ...thread, parentId: thread.id, body: 'Twelve of them.' });
  const version = project.snapshots.create({ sectionId: findings.id, label: 'First draft', author: 'Writer' });
  return { project, a: a!, b: b!, intro, findings, detail, closing, thread, reply, version };
}

describe('deleting a section', () => {
  it('hides it, its subsections, comments and versions from every read', () => {
    const { project, b, findings, detail, thread, version } = setUp();
    const countsBefore = projectCounts(project);
    const deleted = project.sections.delete(findings.id);

    expect(deleted.map((s) => s.title)).toEqual(['Findings', 'Detail']);
    expect(project.sections.list().map((s) => `${s.order} ${s.title}`)).toEqual(['0 Introduction', '1 Closing']);
    expect(project.sections.all().map((s) => s.title)).toEqual(['Introduction', 'Closing']);
    for (const id of [findings.id, detail.id]) expect(() => project.sections.get(id)).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(project.comments.list()).toEqual([]);
    expect(() => project.comments.get(thread.id)).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(project.snapshots.list(findings.id)).toEqual([]);
    expect(() => project.snapshots.get(version.id)).toThrow(expect.objectContaining({ code: 'not-found' }));
    // Finding B is mentioned only in the deleted section: it has no place and numbers last.
    expect(project.register.findingPlaces(b.id)).toEqual([]);
    expect(project.register.listFindings().map((f) => `${f.code} ${f.title}`)).toEqual(['F1 A', 'F2 B']);
    expect(projectCounts(project)).toMatchObject({ sections: 2, comments: 0, words: countsBefore.words - findings.words - detail.words });
    expect(loadReportDocument(project).sections.map((s) => s.title)).toEqual(['Introduction', 'Closing']);
    const json = exportJson(project);
    expect(json.sections.map((s) => s.title)).toEqual(['Introduction', 'Closing']);
    expect(json.comments).toEqual([]);
    expect(JSON.stringify(json)).not.toContain('SECRET-MARKER-7731');
  });

  it('refuses changes to it as not found: edits, moves under it, new comments and versions', () => {
    const { project, findings, closing } = setUp();
    project.sections.delete(findings.id);
    const notFound = expect.objectContaining({ code: 'not-found' });
    expect(() => project.sections.update({ id: findings.id, title: 'Renamed' })).toThrow(notFound);
    expect(() => project.sections.move({ id: closing.id, parentId: findings.id, index: 0 })).toThrow(notFound);
    expect(() => project.sections.create({ parentId: findings.id, title: 'Orphan' })).toThrow(notFound);
    expect(() =>
      project.comments.create({ sectionId: findings.id, parentId: null, anchor: null, quotedText: '', author: 'R', authorInitials: 'R', body: 'Late' }),
    ).toThrow(notFound);
    expect(() => project.snapshots.create({ sectionId: findings.id, label: 'Late', author: '' })).toThrow(notFound);
  });

  it('leaves no problem for the project check, even where its text cites a reference deleted since', () => {
    const { project, findings } = setUp();
    const reference = project.references.create({ type: 'article-journal', title: 'Second victims' });
    project.sections.update({ id: findings.id, content: doc(p(text('Cited '), cite(reference.id))) });
    project.sections.delete(findings.id);
    project.references.delete(reference.id);
    expect(checkProject(project)).toEqual([]);
  });
});

describe('undoing a delete', () => {
  it('restores the same rows in place, with their comment threads, versions and finding mentions', () => {
    const { project, b, findings, detail, thread, reply, version } = setUp();
    const before = { outline: project.sections.list(), all: project.sections.all(), comments: project.comments.list(), codes: project.register.listFindings() };
    const deleted = project.sections.delete(findings.id);
    project.sections.restore(deleted);

    expect(project.sections.list()).toEqual(before.outline);
    expect(project.sections.all()).toEqual(before.all);
    expect(project.comments.list()).toEqual(before.comments);
    expect(project.comments.list().map((c) => c.id)).toEqual([thread.id, reply.id]);
    expect(project.snapshots.list(findings.id).map((v) => v.id)).toEqual([version.id]);
    expect(project.register.listFindings()).toEqual(before.codes);
    expect(project.register.findingPlaces(b.id).map((place) => place.sectionId)).toEqual([findings.id]);
    expect(project.sections.get(detail.id).parentId).toBe(findings.id);
  });

  it('still works after the project is closed and opened again within the keeping time', () => {
    const setup = setUp();
    const deleted = setup.project.sections.delete(setup.findings.id);
    ageDeletion(setup.project, DELETED_SECTION_DAYS - 1);
    const project = temp.reopen(setup.project);
    project.sections.restore(deleted);
    expect(project.comments.list().map((c) => c.body)).toEqual(['Which trusts?', 'Twelve of them.']);
  });
});

describe('purging deleted sections', () => {
  it('happens on open once they are older than the keeping time; an undo then puts back only the text', () => {
    const setup = setUp();
    const deleted = setup.project.sections.delete(setup.findings.id);
    ageDeletion(setup.project, DELETED_SECTION_DAYS + 1);
    const project = temp.reopen(setup.project);
    const stored = (table: string) => (project.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect([stored('sections'), stored('comments'), stored('snapshots')]).toEqual([2, 0, 0]);
    expect(checkProject(project)).toEqual([]);

    project.sections.restore(deleted);
    expect(project.sections.list().map((s) => s.title)).toEqual(['Introduction', 'Findings', 'Detail', 'Closing']);
    expect(project.sections.get(setup.findings.id).content).toEqual(setup.findings.content);
    expect(project.comments.list()).toEqual([]);
  });

  it('takes every deleted section out of a review copy, leaving none of its text in the file', async () => {
    const { project, findings, thread } = setUp();
    const deleted = project.sections.delete(findings.id);
    const copyPath = temp.path('For review.casebook');
    await saveReviewCopy(project, copyPath);
    expect(readFileSync(copyPath).includes('SECRET-MARKER-7731')).toBe(false);
    const copy = temp.open(copyPath);
    const stored = (table: string) => (copy.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect([stored('sections'), stored('comments'), stored('snapshots')]).toEqual([2, 0, 0]);
    // The writer's own file keeps it, so the undo still works there.
    project.sections.restore(deleted);
    expect(project.comments.get(thread.id).body).toBe('Which trusts?');
  });
});
