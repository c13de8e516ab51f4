import type { CslItem } from '../../../shared/model';
import { bareDoi } from './normaliseCsl';

/** DOIs compare case-insensitively and without resolver prefixes (DOIs are case-insensitive by definition). */
export const doiKey = (item: CslItem): string | null => (item.DOI ? bareDoi(item.DOI).toLowerCase() || null : null);

const yearOf = (item: CslItem): string => {
  const first = item.issued?.['date-parts']?.[0]?.[0];
  if (first !== undefined) return String(first);
  return /\d{4}/.exec(item.issued?.raw ?? item.issued?.literal ?? '')?.[0] ?? '';
};

/** Title and year, folded so that case, accents, markup and punctuation do not hide a duplicate. */
export function titleYearKey(item: CslItem): string | null {
  if (!item.title) return null;
  const title = item.title
    .replace(/<[^>]+>/g, '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return title ? `${title}|${yearOf(item)}` : null;
}

export interface Duplicate {
  /** Where the duplicate stands in the import ("entry 3, line 42"). */
  position: string;
  title: string;
  /** Why it counts as a duplicate, for the person importing. */
  reason: string;
  /** The library reference it duplicates, when it is one (not an earlier entry of the same import). */
  existingReferenceId: string | null;
}

interface Known {
  id: string | null;
  title: string;
  position?: string;
}

/** Finds items already in the library, or earlier in the same import, by DOI or by title and year. */
export class DuplicateFinder {
  private readonly byDoi = new Map<string, Known>();
  private readonly byTitleYear = new Map<string, Known>();

  constructor(library: { id: string; csl: CslItem }[]) {
    for (const ref of library) this.remember(ref.csl, { id: ref.id, title: ref.csl.title ?? '' });
  }

  private remember(item: CslItem, known: Known): void {
    const doi = doiKey(item);
    const titleYear = titleYearKey(item);
    if (doi && !this.byDoi.has(doi)) this.byDoi.set(doi, known);
    if (titleYear && !this.byTitleYear.has(titleYear)) this.byTitleYear.set(titleYear, known);
  }

  /** The duplicate report for this item, or null after remembering it as new. */
  check(item: CslItem, position: string): Duplicate | null {
    const doi = doiKey(item);
    const titleYear = titleYearKey(item);
    const sameDoi = doi ? this.byDoi.get(doi) : undefined;
    const sameTitle = titleYear ? this.byTitleYear.get(titleYear) : undefined;
    const match = sameDoi ?? sameTitle;
    if (!match) {
      this.remember(item, { id: null, title: item.title ?? '', position });
      return null;
    }
    const what = sameDoi ? `the same DOI (${doi})` : 'the same title and year';
    const other = match.id ? `“${match.title}”, already in the library` : `${match.position} of this import`;
    return { position, title: item.title ?? '', reason: `${what} as ${other}.`, existingReferenceId: match.id };
  }
}

/** The library reference a new or edited item would duplicate, for the reference form to warn before saving. */
export function duplicateInLibrary(
  library: { id: string; csl: CslItem }[],
  item: CslItem,
  exceptId?: string,
): { existingReferenceId: string; title: string; reason: string } | null {
  const found = new DuplicateFinder(library.filter((r) => r.id !== exceptId)).check(item, 'form');
  return found && found.existingReferenceId ? { existingReferenceId: found.existingReferenceId, title: found.title, reason: found.reason } : null;
}
