import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../../shared/model';
import { useTempProjects } from './tempProjects';

const temp = useTempProjects();

const doc = (text: string): DocNode => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

describe('snapshots (saved versions)', () => {
  it('save the current title and text, list newest first, and persist', () => {
    let project = temp.create();
    const section = project.sections.create({ parentId: null, title: 'Findings', content: doc('first words') });
    const first = project.snapshots.create({ sectionId: section.id, label: 'First draft', author: 'Ann' });
    project.sections.update({ id: section.id, title: 'Findings (revised)', content: doc('second words') });
    const second = project.snapshots.create({ sectionId: section.id, label: 'Second draft', author: 'Bo' });
    expect(first).toMatchObject({ sectionId: section.id, title: 'Findings', label: 'First draft', author: 'Ann' });

    project = temp.reopen(project);
    expect(project.snapshots.list(section.id).map((s) => s.id)).toEqual([second.id, first.id]);
    expect(project.snapshots.get(first.id)).toMatchObject({ title: 'Findings', content: doc('first words') });
    expect(project.snapshots.get(second.id).content).toEqual(doc('second words'));
  });

  it('restore a version after saving the current text as a version first', () => {
    let project = temp.create();
    const section = project.sections.create({ parentId: null, title: 'Old title', content: doc('old text') });
    const old = project.snapshots.create({ sectionId: section.id, label: 'Old', author: 'Ann' });
    project.sections.update({ id: section.id, title: 'New title', content: doc('new text here') });

    const restored = project.snapshots.restore(old.id, 'Cy');
    expect(restored).toMatchObject({ title: 'Old title', content: doc('old text'), words: 2 });

    project = temp.reopen(project);
    expect(project.sections.get(section.id)).toMatchObject({ title: 'Old title', content: doc('old text') });
    const [safety, original] = project.snapshots.list(section.id);
    expect(original!.id).toBe(old.id);
    expect(safety).toMatchObject({ label: 'Before restoring “Old”', author: 'Cy', title: 'New title' });
    expect(project.snapshots.get(safety!.id).content).toEqual(doc('new text here'));
  });

  it('report unknown versions and sections as not found', () => {
    const project = temp.create();
    const missing = crypto.randomUUID();
    expect(() => project.snapshots.get(missing)).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(() => project.snapshots.restore(missing, 'Ann')).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(() => project.snapshots.create({ sectionId: missing, label: 'x', author: '' })).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(project.snapshots.list(missing)).toEqual([]);
  });

  it('go with their section when it is deleted', () => {
    const project = temp.create();
    const section = project.sections.create({ parentId: null, title: 'S' });
    const snapshot = project.snapshots.create({ sectionId: section.id, label: 'v1', author: '' });
    project.sections.delete(section.id);
    expect(() => project.snapshots.get(snapshot.id)).toThrow(expect.objectContaining({ code: 'not-found' }));
  });
});

describe('restoring a version that no longer fits the schema', () => {
  it('changes nothing: no safety version is left behind and the text stays', () => {
    const project = temp.create();
    const section = project.sections.create({ parentId: null, title: 'S', content: doc('current text') });
    const old = project.snapshots.create({ sectionId: section.id, label: 'Old', author: '' });
    // As if written by a build whose schema had a node this one lacks.
    project.db.prepare('UPDATE snapshots SET content = ? WHERE id = ?').run(JSON.stringify({ type: 'doc', content: [{ type: 'video' }] }), old.id);
    expect(() => project.snapshots.restore(old.id, 'Ann')).toThrow(expect.objectContaining({ code: 'bad-request' }));
    expect(project.snapshots.list(section.id).map((s) => s.id)).toEqual([old.id]);
    expect(project.sections.get(section.id).content).toEqual(doc('current text'));
  });
});
