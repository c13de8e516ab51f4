import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../../shared/model';
import type { Project } from './project';
import { useTempProjects } from './tempProjects';

const temp = useTempProjects();

const doc = (...content: DocNode[]): DocNode => ({ type: 'doc', content });
const p = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
const fref = (findingId: string): DocNode => ({ type: 'findingRef', attrs: { findingId } });
const block = (safetyItemId: string): DocNode => ({ type: 'safetyItemBlock', attrs: { safetyItemId } });

const findingCodes = (project: Project) => project.register.listFindings().map((f) => `${f.code} ${f.title}`);
const itemCodes = (project: Project) => project.register.listSafetyItems().map((i) => `${i.code} ${i.text}`);

function setUp() {
  const project = temp.create();
  project.meta.update({ publicationDate: '2026-06-30' });
  const [a, b, c] = ['A', 'B', 'C'].map((title) =>
    project.register.createFinding({ title, statement: '', themes: [], evidenceNotes: '' }),
  );
  const [r1, r2] = ['r1', 'r2'].map((text) =>
    project.register.createSafetyItem({ kind: 'recommendation', text, addressee: 'NHS England', findingId: null, status: 'draft' }),
  );
  const one = project.sections.create({ parentId: null, title: 'One', content: doc(p(fref(b!.id)), block(r2!.id)) });
  const two = project.sections.create({ parentId: null, title: 'Two', content: doc(p(fref(c!.id), fref(b!.id)), block(r1!.id)) });
  return { project, a: a!, b: b!, c: c!, r1: r1!, r2: r2!, one, two };
}

describe('codes follow the text', () => {
  it('on create: first mention first, unmentioned last', () => {
    const { project } = setUp();
    expect(findingCodes(project)).toEqual(['F3 A', 'F1 B', 'F2 C']);
    expect(itemCodes(project)).toEqual(['R/2026/002 r1', 'R/2026/001 r2']);
  });

  it('on moving sections, and the stored codes persist', () => {
    let { project, two } = setUp();
    project.sections.move({ id: two.id, parentId: null, index: 0 });
    project = temp.reopen(project);
    expect(findingCodes(project)).toEqual(['F3 A', 'F2 B', 'F1 C']);
    expect(itemCodes(project)).toEqual(['R/2026/001 r1', 'R/2026/002 r2']);
  });

  it('on editing text, deleting and restoring a section', () => {
    const { project, a, one, two } = setUp();
    project.sections.update({ id: one.id, content: doc(p(fref(a.id))) });
    expect(findingCodes(project)).toEqual(['F1 A', 'F3 B', 'F2 C']);
    expect(itemCodes(project)).toEqual(['R/2026/001 r1', 'R/2026/002 r2']);

    const { deleted } = { deleted: project.sections.delete(two.id) };
    expect(findingCodes(project)).toEqual(['F1 A', 'F2 B', 'F3 C']);
    project.sections.restore(deleted);
    expect(findingCodes(project)).toEqual(['F1 A', 'F3 B', 'F2 C']);
  });

  it('a title-only change leaves codes alone, and a failed change leaves them as they were', () => {
    const { project, one } = setUp();
    const before = findingCodes(project);
    project.sections.update({ id: one.id, title: 'Renamed' });
    expect(findingCodes(project)).toEqual(before);
    expect(() => project.sections.update({ id: one.id, content: doc({ type: 'noSuchNode' }) })).toThrow();
    expect(findingCodes(project)).toEqual(before);
  });

  it('stays cheap on a long report (timing logged)', () => {
    const project = temp.create();
    const findings = Array.from({ length: 40 }, (_, i) => project.register.createFinding({ title: `F${i}`, statement: '', themes: [], evidenceNotes: '' }));
    const filler = Array.from({ length: 60 }, (_, i) => p({ type: 'text', text: `Paragraph ${i} of ordinary narrative text without any marks at all.` }));
    const sections = Array.from({ length: 100 }, (_, i) =>
      project.sections.create({ parentId: null, title: `S${i}`, content: doc(...filler, ...(i % 3 === 0 ? [p(fref(findings[i % 40]!.id))] : [])) }),
    );
    const start = performance.now();
    for (let i = 0; i < 20; i++) project.sections.update({ id: sections[50]!.id, content: doc(...filler, p(fref(findings[i]!.id))) });
    const saved = performance.now();
    for (let i = 0; i < 20; i++) project.transaction(() => project.register.renumber());
    const each = (ms: number) => `${(ms / 20).toFixed(1)} ms`;
    console.log(`100 sections: a save with renumbering ${each(saved - start)}, renumbering alone ${each(performance.now() - saved)}`);
    expect(project.register.getFinding(findings[0]!.id).code).toBe('F1');
  });
});
