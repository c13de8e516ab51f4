import { describe, expect, it } from 'vitest';
import { useTempProjects } from './tempProjects';
import { testBrand } from '../brand/testing/testBrand';

const temp = useTempProjects();

const brand = (name: string) => testBrand({ name });

describe('brands', () => {
  it('are saved, listed by name, and persist', () => {
    let project = temp.create();
    const zed = project.brands.save(brand('Zed Trust'));
    const alpha = project.brands.save(brand('Alpha Body'));
    project = temp.reopen(project);
    expect(project.brands.list()).toEqual([alpha, zed]);
    expect(project.brands.get(zed.id)).toEqual(zed);
  });

  it('are replaced when saved again with the same id', () => {
    let project = temp.create();
    const original = project.brands.save(brand('Trust'));
    project.brands.save({ ...original, name: 'Renamed Trust', justify: true });
    project = temp.reopen(project);
    expect(project.brands.list()).toEqual([{ ...original, name: 'Renamed Trust', justify: true }]);
  });

  it('refuse an invalid brand and keep none of it', () => {
    const project = temp.create();
    expect(() => project.brands.save({ ...brand('Bad'), colours: { ...brand('x').colours, primary: 'blue' } })).toThrow(/#RRGGBB/);
    expect(project.brands.list()).toEqual([]);
  });

  it('delete, and report unknown ids as not found', () => {
    const project = temp.create();
    const saved = project.brands.save(brand('Trust'));
    project.brands.delete(saved.id);
    expect(project.brands.list()).toEqual([]);
    expect(() => project.brands.get(saved.id)).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(() => project.brands.delete(saved.id)).toThrow(expect.objectContaining({ code: 'not-found' }));
  });
});
