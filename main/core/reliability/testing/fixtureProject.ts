import type { DocNode } from '../../../../shared/model';
import { barChartPng } from '../../sample/longReport/tinyPng';
import type { Project } from '../../store/project';
import { testBrand } from '../../brand/testing/testBrand';

export const paragraphDoc = (text: string): DocNode => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

const PNG_1PX = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** Fills a project with enough of everything (sections, versions, an image) to span many pages. */
export function fillProject(project: Project, sections = 12): string[] {
  const ids: string[] = [];
  project.transaction(() => {
    for (let i = 0; i < sections; i++) {
      const section = project.sections.create({ parentId: null, title: `Section ${i + 1}`, content: paragraphDoc(`Finding ${i + 1}. ${'Staff were supported after the incident. '.repeat(60)}`) });
      project.snapshots.create({ sectionId: section.id, label: `Draft ${i + 1}`, author: 'Ann' });
      ids.push(section.id);
    }
    project.assets.create({ name: 'dot.png', mimeType: 'image/png', bytes: PNG_1PX, altText: 'A dot', decorative: false });
  });
  return ids;
}

/** The text of every section, in outline order: what a writer would miss if it were lost. */
export const textsOf = (project: Project) => project.sections.all().map((s) => JSON.stringify(s.content));

/**
 * fillProject plus one or more of every other kind of record (references, findings, safety
 * items, comments and a reply, a brand, an image large enough to need overflow pages), so
 * damage can land in any of them.
 */
export function fillEverything(project: Project, sections = 12): void {
  const ids = fillProject(project, sections);
  project.transaction(() => {
    project.meta.update({ subtitle: 'Every kind of record', authors: ['Ann Writer', 'Bo Reviewer'] });
    for (let i = 0; i < 6; i++) {
      project.references.create({ type: 'report', title: `Staff support review ${i + 1}`, author: [{ family: 'Nowak', given: 'Ł' }], issued: { 'date-parts': [[2020 + i]] } });
    }
    const finding = project.register.createFinding({ title: 'Support was patchy', statement: 'Support after incidents depended on the manager.', themes: ['support'], evidenceNotes: 'Interviews' });
    project.register.createSafetyItem({ kind: 'recommendation', text: 'Offer every member of staff a debrief.', addressee: 'NHS England', findingId: finding.id, status: 'agreed' });
    project.register.createSafetyItem({ kind: 'observation', text: 'Peer support helped.', addressee: 'Trusts', findingId: null, status: 'agreed' });
    ids.slice(0, 4).forEach((sectionId, i) => {
      const thread = project.comments.create({ sectionId, parentId: null, anchor: { from: 1, to: 8 }, quotedText: 'Finding', author: 'Bo Reviewer', authorInitials: 'BR', body: `Is this right? (${i + 1})` });
      project.comments.create({ sectionId, parentId: thread.id, anchor: null, quotedText: '', author: 'Ann Writer', authorInitials: 'AW', body: 'Yes, checked.' });
    });
    project.brands.save(testBrand({ name: 'Trust brand' }));
    const chart = barChartPng([0.2, 0.9, 0.5, 0.7], [0, 94, 184], 1200, 900);
    project.assets.create({ name: 'chart.png', mimeType: 'image/png', bytes: chart, altText: 'Support by trust', decorative: false });
  });
}
