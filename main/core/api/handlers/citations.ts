import type { citationCalls } from '../../../../shared/api/calls/citations';
import { duplicateInLibrary } from '../../citations/duplicates';
import { importReferences } from '../../citations/importReferences';
import { projectCitationIndex } from '../../citations/projectCitations';
import { searchReferences } from '../../citations/searchReferences';
import type { HandlersFor } from '../handlerTypes';

export const citationHandlers: HandlersFor<typeof citationCalls> = {
  importReferences: (ws, { text, format }) => importReferences(ws.require(), text, format),
  searchReferences: (ws, { query, limit }) => searchReferences(ws.require().references.list(), query, limit),
  referenceDuplicate: (ws, { csl, exceptId }) => duplicateInLibrary(ws.require().references.list(), csl, exceptId),
  previewCitation: (ws, { items, style }) => ({ label: projectCitationIndex(ws.require(), style).label(items) }),
  citationLabels: (ws) => {
    const index = projectCitationIndex(ws.require());
    return { style: index.style, labels: Object.fromEntries(index.labels) };
  },
  getBibliography: (ws) => {
    const index = projectCitationIndex(ws.require());
    return {
      style: index.style,
      entries: index.bibliography.map(({ referenceId, number, text, html }) => (number ? { referenceId, number, text, html } : { referenceId, text, html })),
    };
  },
  referenceUsage: (ws, { id }) => {
    const project = ws.require();
    project.references.get(id);
    return project.references.citedIn(id);
  },
  findingUsage: (ws, { id }) => ws.require().register.findingPlaces(id),
  safetyItemUsage: (ws, { id }) => ws.require().register.safetyItemPlaces(id),
};
