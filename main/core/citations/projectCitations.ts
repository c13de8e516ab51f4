import type { CitationStyle } from '../../../shared/model';
import type { Project } from '../store/project';
import { buildCitationIndex, type CitationIndex } from './citationIndex';
import { storedTexts } from './formattedEntryCache';

/** The citation index of a project as it stands, read in one consistent snapshot. */
export function projectCitationIndex(project: Project, style?: CitationStyle): CitationIndex {
  return project.transaction(() =>
    buildCitationIndex(
      style ?? project.meta.get().citationStyle,
      project.sections.all().map((s) => s.content),
      project.references.list(),
      storedTexts(project),
    ),
  );
}
