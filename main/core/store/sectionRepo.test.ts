import { describe, expect, it } from 'vitest';
import { emptyDoc, type DocNode } from '../../../shared/model';
import { purgeDeletedSections } from './deletedSections';
import type { Project } from './project';
import { useTempProjects } from './tempProjects';

const temp = useTempProjects();

const doc = (...paragraphs: string[]): DocNode => ({
  type: 'doc',
  content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});

/** The outline as "title@depth" in depth-first order, the way a reader sees it. */
function outline(project: Project): string[] {
  const sections = project.sections.list();
  const parentOf = new Map(sections.map((s) => [s.id, s.parentId]));
  const depth = (id: string | null): number => (id ? 1 + depth(parentOf.get(id) ?? null) : 0);
  return sections.map((s) => `${s.title}@${depth(s.id)}`);
}

/** Positions among siblings must stay 0..n-1 after every change. */
function expectDenseOrders(project: Project) {
  const byParent = new Map<string | null, number[]>();
  for (const s of project.sections.list()) byParent.set(s.parentId, [...(byParent.get(s.parentId) ?? []), s.order]);
  for (const orders of byParent.values()) expect(orders).toEqual(orders.map((_, i) => i));
}

describe('sections', () => {
  it('are created where asked, with empty content by default, and persist', () => {
    let project = temp.create();
    const b = project.sections.create({ parentId: null, title: 'B' });
    project.sections.create({ parentId: null, title: 'A', index: 0 });
    project.sections.create({ parentId: null, title: 'C', index: 99 });
    project.sections.create({ parentId: b.id, title: 'B.1' });
    expect(b.content).toEqual(emptyDoc());
    expect(b.reviewStatus).toBe('draft');
    expect(b.words).toBe(0);

    project = temp.reopen(project);
    expect(outline(project)).toEqual(['A@1', 'B@1', 'B.1@2', 'C@1']);
    expectDenseOrders(project);
    expect(project.sections.get(b.id)).toMatchObject({ title: 'B', parentId: null, order: 1 });
  });

  it('keep a given id (sections rebuilt from elsewhere)', () => {
    const project = temp.create();
    const id = crypto.randomUUID();
    expect(project.sections.create({ parentId: null, title: 'Kept', id }).id).toBe(id);
  });

  it('update title, content and review status, and count words', () => {
    let project = temp.create();
    const section = project.sections.create({ parentId: null, title: 'Draft', content: doc('One two') });
    expect(section.words).toBe(2);
    const summary = project.sections.update({ id: section.id, content: doc('Staff felt supported.', 'Others did not.') });
    expect(summary.words).toBe(6);
    project.sections.update({ id: section.id, title: 'Findings', reviewStatus: 'in-review' });

    project = temp.reopen(project);
    const stored = project.sections.get(section.id);
    expect(stored).toMatchObject({ title: 'Findings', reviewStatus: 'in-review', words: 6 });
    expect(stored.content).toEqual(doc('Staff felt supported.', 'Others did not.'));
    expect(project.sections.all().map((s) => s.id)).toEqual([section.id]);
  });

  it('refuse content the report schema does not accept, leaving the section as it was', () => {
    const project = temp.create();
    const section = project.sections.create({ parentId: null, title: 'S', content: doc('kept') });
    const bad = { type: 'doc', content: [{ type: 'noSuchNode' }] };
    expect(() => project.sections.update({ id: section.id, content: bad })).toThrow(
      expect.objectContaining({ code: 'bad-request', message: expect.stringContaining('report schema') }),
    );
    expect(() => project.sections.create({ parentId: null, title: 'T', content: bad })).toThrow(/report schema/);
    expect(project.sections.get(section.id).content).toEqual(doc('kept'));
    expect(project.sections.list()).toHaveLength(1);
  });

  it('report unknown ids as not found', () => {
    const project = temp.create();
    const missing = crypto.randomUUID();
    expect(() => project.sections.get(missing)).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(() => project.sections.update({ id: missing, title: 'x' })).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(() => project.sections.create({ parentId: missing, title: 'x' })).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(() => project.sections.move({ id: missing, parentId: null, index: 0 })).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(() => project.sections.delete(missing)).toThrow(expect.objectContaining({ code: 'not-found' }));
  });

  it('nest at most three levels, on create and on move', () => {
    const project = temp.create();
    const one = project.sections.create({ parentId: null, title: '1' });
    const two = project.sections.create({ parentId: one.id, title: '1.1' });
    const three = project.sections.create({ parentId: two.id, title: '1.1.1' });
    expect(() => project.sections.create({ parentId: three.id, title: 'too deep' })).toThrow(
      expect.objectContaining({ code: 'bad-request', message: expect.stringMatching(/at most 3 levels/) }),
    );
    const other = project.sections.create({ parentId: null, title: '2' });
    const otherChild = project.sections.create({ parentId: other.id, title: '2.1' });
    // A subtree two levels high fits under a top-level section, not under a second-level one.
    expect(() => project.sections.move({ id: other.id, parentId: two.id, index: 0 })).toThrow(/at most 3 levels/);
    project.sections.move({ id: other.id, parentId: one.id, index: 0 });
    expect(outline(project)).toEqual(['1@1', '2@2', '2.1@3', '1.1@2', '1.1.1@3']);
    expect(project.sections.get(otherChild.id).parentId).toBe(other.id);
  });

  it('refuse a move into their own subtree', () => {
    const project = temp.create();
    const parent = project.sections.create({ parentId: null, title: 'P' });
    const child = project.sections.create({ parentId: parent.id, title: 'C' });
    expect(() => project.sections.move({ id: parent.id, parentId: child.id, index: 0 })).toThrow(
      expect.objectContaining({ code: 'bad-request', message: expect.stringMatching(/inside itself/) }),
    );
    expect(() => project.sections.move({ id: parent.id, parentId: parent.id, index: 0 })).toThrow(/inside itself/);
    expect(outline(project)).toEqual(['P@1', 'C@2']);
  });

  it('move among siblings and between parents, keeping orders dense, and persist', () => {
    let project = temp.create();
    const [a, b, c] = ['A', 'B', 'C'].map((title) => project.sections.create({ parentId: null, title }));
    project.sections.move({ id: a!.id, parentId: null, index: 2 });
    expect(outline(project)).toEqual(['B@1', 'C@1', 'A@1']);
    project.sections.move({ id: c!.id, parentId: b!.id, index: 5 });
    expect(outline(project)).toEqual(['B@1', 'C@2', 'A@1']);
    expectDenseOrders(project);

    project = temp.reopen(project);
    expect(outline(project)).toEqual(['B@1', 'C@2', 'A@1']);
    expectDenseOrders(project);
  });

  it('delete with their subtree, returned parents first; restore puts everything back in place', () => {
    let project = temp.create();
    const a = project.sections.create({ parentId: null, title: 'A' });
    const b = project.sections.create({ parentId: null, title: 'B', content: doc('Bee text here') });
    const b1 = project.sections.create({ parentId: b.id, title: 'B.1', content: doc('one') });
    project.sections.create({ parentId: b1.id, title: 'B.1.1' });
    project.sections.create({ parentId: b.id, title: 'B.2' });
    project.sections.create({ parentId: null, title: 'C' });
    project.sections.update({ id: b1.id, reviewStatus: 'approved' });
    const before = project.sections.all();

    const deleted = project.sections.delete(b.id);
    expect(deleted.map((s) => s.title)).toEqual(['B', 'B.1', 'B.1.1', 'B.2']);
    expect(outline(project)).toEqual(['A@1', 'C@1']);
    expectDenseOrders(project);

    project = temp.reopen(project);
    expect(outline(project)).toEqual(['A@1', 'C@1']);
    project.sections.restore(deleted);
    project = temp.reopen(project);
    const after = project.sections.all();
    const comparable = (s: (typeof before)[number]) => ({ ...s, updatedAt: undefined });
    expect(after.map(comparable)).toEqual(before.map(comparable));
    expect(project.sections.get(a.id).order).toBe(0);
  });

  it('restore nothing when one of the sections is refused', () => {
    const project = temp.create();
    const parent = project.sections.create({ parentId: null, title: 'P' });
    project.sections.create({ parentId: parent.id, title: 'C' });
    const deleted = project.sections.delete(parent.id);
    // Purged from the file, so the undo has only what delete returned to go on.
    purgeDeletedSections(project.db, 'all');
    const broken = [deleted[0]!, { ...deleted[1]!, content: { type: 'doc', content: [{ type: 'noSuchNode' }] } }];
    expect(() => project.sections.restore(broken)).toThrow(/report schema/);
    expect(project.sections.list()).toEqual([]);
  });
});

describe('restoring sections that cannot go back', () => {
  it('refuses sections that are already there (a second undo) as a conflict', () => {
    const project = temp.create();
    const section = project.sections.create({ parentId: null, title: 'S' });
    const deleted = project.sections.delete(section.id);
    project.sections.restore(deleted);
    expect(() => project.sections.restore(deleted)).toThrow(expect.objectContaining({ code: 'conflict', message: expect.stringContaining('“S”') }));
    expect(project.sections.list()).toHaveLength(1);
  });

  it('refuses sections whose parent has since been deleted as not found', () => {
    const project = temp.create();
    const parent = project.sections.create({ parentId: null, title: 'P' });
    const child = project.sections.create({ parentId: parent.id, title: 'C' });
    const deletedChild = project.sections.delete(child.id);
    project.sections.delete(parent.id);
    expect(() => project.sections.restore(deletedChild)).toThrow(expect.objectContaining({ code: 'not-found', message: expect.stringContaining(parent.id) }));
    expect(project.sections.list()).toEqual([]);
  });
});
