import type { DocNode } from '../../../../shared/model';
import type { Project } from '../../store/project';

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
