import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../../shared/model';
import { useTempProjects } from './tempProjects';

const temp = useTempProjects();

const cite = (referenceId: string): DocNode => ({ type: 'citation', attrs: { items: [{ referenceId, locator: 'p. 2' }] } });
const doc = (...inline: DocNode[]): DocNode => ({ type: 'doc', content: [{ type: 'paragraph', content: inline }] });

describe('deleting a cited reference', () => {
  it('is refused, naming the sections by number and title, until the citations are gone', () => {
    const project = temp.create();
    const ref = project.references.create({ type: 'book', title: 'Human error' });
    const other = project.references.create({ type: 'book', title: 'Other' });
    const intro = project.sections.create({ parentId: null, title: 'Introduction', content: doc(cite(other.id)) });
    const background = project.sections.create({ parentId: intro.id, title: 'Background', content: doc(cite(ref.id), cite(ref.id)) });
    const findings = project.sections.create({ parentId: null, title: 'Findings', content: doc({ type: 'text', text: 'x' }, cite(ref.id)) });

    expect(project.references.citedIn(ref.id).map((p) => [p.number, p.title, p.count, p.positions])).toEqual([
      ['1.1', 'Background', 2, [1, 2]],
      ['2', 'Findings', 1, [2]],
    ]);
    expect(() => project.references.delete(ref.id)).toThrow(
      expect.objectContaining({
        code: 'conflict',
        message: '“Human error” is cited in 1.1 Background and 2 Findings; remove those citations before deleting it.',
      }),
    );
    expect(project.references.list()).toHaveLength(2);

    project.sections.update({ id: background.id, content: doc() });
    project.sections.delete(findings.id);
    project.references.delete(ref.id);
    expect(project.references.list().map((r) => r.csl.title)).toEqual(['Other']);
  });
});

describe('a reference saved from the form', () => {
  it('keeps its DOI without a resolver prefix, so styles print it once', () => {
    const project = temp.create();
    const ref = project.references.create({ type: 'article-journal', title: 'T', DOI: ' https://doi.org/10.1136/BMJ.320.7237.726 ' });
    expect(ref.csl.DOI).toBe('10.1136/BMJ.320.7237.726');
    expect(project.references.update(ref.id, { ...ref.csl, DOI: 'doi:10.1/x' }).csl.DOI).toBe('10.1/x');
    expect(project.references.update(ref.id, { ...ref.csl, DOI: '  ' }).csl.DOI).toBeUndefined();
  });
});
