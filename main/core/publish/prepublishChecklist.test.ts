import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocNode } from '../../../shared/model';
import { Project } from '../store/project';
import { prepublishChecklist } from './prepublishChecklist';
import { testBrand } from '../brand/testing/testBrand';

const text = (t: string, marks?: DocNode['marks']): DocNode => ({ type: 'text', text: t, ...(marks ? { marks } : {}) });
const para = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
const doc = (...content: DocNode[]): DocNode => ({ type: 'doc', content });

let dir: string;
let project: Project;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'casebook-publish-'));
  project = Project.create(join(dir, 'r.casebook'), { title: 'Checklist' });
});
afterEach(() => {
  project.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('pre-publish checklist', () => {
  it('finds each seeded problem and points to its place', () => {
    const cited = project.references.create({ type: 'book', title: 'Cited book' });
    project.references.create({ type: 'book', title: 'Never cited' });
    const noAddressee = project.register.createSafetyItem({ kind: 'recommendation', text: 'Do this.', addressee: '', findingId: null, status: 'draft' });
    const section = project.sections.create({
      parentId: null,
      title: 'Findings',
      content: doc(
        para(text('Staff said '), { type: 'citation', attrs: { items: [{ referenceId: cited.id }, { referenceId: '00000000-0000-4000-8000-000000000000' }] } }),
        { type: 'figure', attrs: { assetId: null, alt: '', decorative: false, caption: 'Chart', width: 100 } },
        { type: 'heading', attrs: { level: 4 }, content: [text('Too deep')] },
        { type: 'safetyItemBlock', attrs: { safetyItemId: noAddressee.id } },
      ),
    });
    // The store refuses unsafe links, so this one arrives the way a hand-edited file would carry it.
    const stored = project.sections.get(section.id).content;
    stored.content!.push(para(text('bad link', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }])));
    project.db.prepare('UPDATE sections SET content = ? WHERE id = ?').run(JSON.stringify(stored), section.id);
    const empty = project.sections.create({ parentId: null, title: 'Empty' });
    project.sections.update({ id: empty.id, reviewStatus: 'approved' });
    project.comments.create({
      sectionId: section.id,
      parentId: null,
      anchor: { from: 1, to: 6 },
      quotedText: 'Staff',
      author: 'Reviewer',
      authorInitials: 'RV',
      body: 'Which staff?',
    });
    project.brands.save(
      testBrand({
        id: '11111111-1111-4111-8111-111111111111',
        name: 'Pale',
        colours: { primary: '#A0C4FF', secondary: '#003087', text: '#212B32', accent: '#E8EDEE' },
        fonts: { heading: 'Source Sans 3', body: 'Source Sans 3' },
        footerText: '',
        licenceLine: '',
      }),
    );

    const problems = prepublishChecklist(project, { brandName: 'Pale' });
    const rules = (rule: string) => problems.filter((p) => p.rule === rule);

    expect(rules('image-alt')).toHaveLength(1);
    expect(rules('image-alt')[0]).toMatchObject({ sectionId: section.id, severity: 'blocking' });
    expect(rules('missing-reference')).toHaveLength(1);
    expect(rules('heading-skip')[0]?.message).toContain('Too deep');
    expect(rules('link-scheme')[0]?.message).toContain('javascript:');
    expect(rules('empty-section')[0]).toMatchObject({ sectionId: empty.id });
    expect(rules('not-approved').map((p) => p.sectionId)).toEqual([section.id]);
    expect(rules('unresolved-comment')[0]).toMatchObject({ sectionId: section.id, position: 1 });
    expect(rules('uncited-reference')[0]).toMatchObject({ severity: 'advisory' });
    expect(rules('uncited-reference')[0]?.message).toContain('Never cited');
    expect(rules('safety-item-addressee')[0]?.entity).toEqual({ kind: 'safetyItem', id: noAddressee.id });
    expect(rules('brand-contrast').length).toBeGreaterThan(0);
    const firstAdvisory = problems.findIndex((p) => p.severity === 'advisory');
    expect(problems.slice(firstAdvisory).every((p) => p.severity === 'advisory')).toBe(true);
  });

  it('has no blocking problem for a clean, approved report', () => {
    const ref = project.references.create({ type: 'book', title: 'Book' });
    const item = project.register.createSafetyItem({ kind: 'observation', text: 'Note this.', addressee: 'NHS England', findingId: null, status: 'draft' });
    const s = project.sections.create({
      parentId: null,
      title: 'All good',
      content: doc(
        para(text('We met staff. '), { type: 'citation', attrs: { items: [{ referenceId: ref.id }] } }),
        { type: 'figure', attrs: { assetId: null, alt: 'A chart of support offered', decorative: false, caption: '', width: 100 } },
        { type: 'safetyItemBlock', attrs: { safetyItemId: item.id } },
      ),
    });
    project.sections.update({ id: s.id, reviewStatus: 'approved' });
    expect(prepublishChecklist(project).filter((p) => p.severity === 'blocking')).toEqual([]);
  });
});
