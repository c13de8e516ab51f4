import { describe, expect, it } from 'vitest';
import type { Brand } from '../../../shared/model';
import { useTempProjects } from './tempProjects';

const temp = useTempProjects();

const brand = (name: string): Brand => ({
  id: crypto.randomUUID(),
  name,
  colours: { primary: '#005EB8', secondary: '#003087', text: '#212B32', accent: '#FFB81C' },
  fonts: { heading: 'Source Sans 3', body: 'Merriweather' },
  logoAssetId: null,
  coverLayout: 'band',
  coverText: '',
  footerText: 'Investigation report',
  licenceLine: 'Open Government Licence v3.0',
  justify: false,
});

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
