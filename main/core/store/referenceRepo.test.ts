import { describe, expect, it } from 'vitest';
import type { CslItem } from '../../../shared/model';
import { useTempProjects } from './tempProjects';

const temp = useTempProjects();

const report: CslItem = {
  type: 'report',
  title: 'Supporting staff after patient safety incidents',
  author: [{ literal: 'Health Services Safety Investigations Body' }],
  issued: { 'date-parts': [[2024, 5]] },
  URL: 'https://www.hssib.org.uk/',
};

describe('references', () => {
  it('are created in order, carry their id in the CSL item, keep unknown CSL fields, and persist', () => {
    let project = temp.create();
    const first = project.references.create({ ...report, 'custom-field': 'kept' });
    const second = project.references.create({ type: 'article-journal', title: 'Second victims', id: 'ignored' });
    expect(first.csl.id).toBe(first.id);
    expect(second.csl.id).toBe(second.id);

    project = temp.reopen(project);
    expect(project.references.list()).toEqual([
      { id: first.id, order: 0, csl: { ...report, 'custom-field': 'kept', id: first.id } },
      { id: second.id, order: 1, csl: { type: 'article-journal', title: 'Second victims', id: second.id } },
    ]);
  });

  it('keep a given id (references imported with theirs)', () => {
    const project = temp.create();
    const id = crypto.randomUUID();
    expect(project.references.create(report, id).id).toBe(id);
  });

  it('update and persist', () => {
    let project = temp.create();
    const ref = project.references.create(report);
    project.references.update(ref.id, { ...report, title: 'Revised title' });
    project = temp.reopen(project);
    expect(project.references.get(ref.id).csl).toEqual({ ...report, title: 'Revised title', id: ref.id });
  });

  it('refuse a CSL item without a type', () => {
    const project = temp.create();
    expect(() => project.references.create({ title: 'no type' } as CslItem)).toThrow();
    expect(project.references.list()).toEqual([]);
  });

  it('delete, keeping orders dense so a new reference goes last', () => {
    let project = temp.create();
    const [a, b] = ['A', 'B'].map((title) => project.references.create({ type: 'book', title }));
    project.references.delete(a!.id);
    project.references.create({ type: 'book', title: 'C' });
    project = temp.reopen(project);
    expect(project.references.list().map((r) => `${r.order} ${r.csl.title}`)).toEqual(['0 B', '1 C']);
    expect(() => project.references.get(a!.id)).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(project.references.get(b!.id).order).toBe(0);
  });

  it('report unknown ids as not found', () => {
    const project = temp.create();
    const missing = crypto.randomUUID();
    expect(() => project.references.update(missing, report)).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(() => project.references.delete(missing)).toThrow(expect.objectContaining({ code: 'not-found' }));
  });
});
