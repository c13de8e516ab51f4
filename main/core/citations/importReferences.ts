import type { Reference } from '../../../shared/model';
import type { Project } from '../store/project';
import { DuplicateFinder, type Duplicate } from './duplicates';
import { parseReferences, type ImportProblem } from './parseReferences';
import type { ReferenceFormat } from './referenceFormat';

export interface ImportResult {
  format: ReferenceFormat | null;
  added: Reference[];
  duplicates: Duplicate[];
  problems: ImportProblem[];
}

/**
 * Adds the references of a RIS, BibTeX or CSL-JSON text to the library in one
 * transaction. Duplicates (same DOI, or same title and year, of a reference in
 * the library or earlier in the file) are reported and not added; entries that
 * cannot be read are reported with their position and the rest are added.
 */
export function importReferences(project: Project, text: string, format: ReferenceFormat | 'auto' = 'auto'): ImportResult {
  const parsed = parseReferences(text, format);
  return project.transaction(() => {
    const finder = new DuplicateFinder(project.references.list());
    const added: Reference[] = [];
    const duplicates: Duplicate[] = [];
    for (const { csl, position } of parsed.items) {
      const duplicate = finder.check(csl, position);
      if (duplicate) duplicates.push(duplicate);
      else added.push(project.references.create(csl));
    }
    return { format: parsed.format, added, duplicates, problems: parsed.problems };
  });
}
