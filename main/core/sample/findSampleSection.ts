import type { SectionSummary } from '../../../shared/model';
import type { Project } from '../store/project';
import { SAMPLE_SECTIONS } from './content';

/**
 * A section of a sample copy by its stable key ("findings-debriefs"), found by title,
 * so later additions (comment threads, tests) need not know the copy's fresh ids.
 */
export function findSampleSection(project: Project, key: string): SectionSummary {
  const definition = SAMPLE_SECTIONS.find((s) => s.key === key);
  if (!definition) throw new Error(`The sample has no section with key “${key}”.`);
  const section = project.sections.list().find((s) => s.title === definition.title);
  if (!section) throw new Error(`Section “${definition.title}” is not in ${project.path}.`);
  return section;
}
