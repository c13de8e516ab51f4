import { describe, expect, it } from 'vitest';
import { ReportMeta } from '../../../shared/model';
import { useTempProjects } from './tempProjects';

const temp = useTempProjects();

describe('report metadata', () => {
  it('starts from sensible defaults', () => {
    const meta = temp.create({ title: 'Supporting staff' }).meta.get();
    expect(ReportMeta.parse(meta)).toEqual(meta);
    expect(meta).toMatchObject({ title: 'Supporting staff', status: 'draft', language: 'en-GB', citationStyle: 'vancouver', brandId: null, publicationDate: '' });
  });

  it('updates only the fields patched, and persists', () => {
    let project = temp.create({ title: 'Draft' });
    const before = project.meta.get();
    const after = project.meta.update({ title: 'Final', authors: ['Ann', 'Bo'], publicationDate: '2026-04-30', status: 'in-review' });
    expect(after).toEqual({ ...before, title: 'Final', authors: ['Ann', 'Bo'], publicationDate: '2026-04-30', status: 'in-review' });
    project = temp.reopen(project);
    expect(project.meta.get()).toEqual(after);
  });

  it('refuses an invalid patch and keeps what was there', () => {
    const project = temp.create({ title: 'Kept' });
    expect(() => project.meta.update({ publicationDate: '30/04/2026' })).toThrow();
    expect(() => project.meta.update({ title: 'x'.repeat(501) })).toThrow();
    expect(project.meta.get().title).toBe('Kept');
  });
});
