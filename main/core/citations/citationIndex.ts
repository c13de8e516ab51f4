import type { CitationStyle, DocNode, Reference } from '../../../shared/model';
import type { CitationItem } from '../../../shared/schema';
import { authorDateIndex } from './authorDateIndex';
import type { BibliographyEntry } from './bibliographyEntry';
import { citedClusters } from './citedClusters';
import { isNumeric } from './cslStyles';
import type { StoredTexts } from './formattingKeys';
import { numericIndex } from './numericIndex';

export type { BibliographyEntry } from './bibliographyEntry';

/** Labels for citations and the bibliography of what is cited, in the report's style. */
export interface CitationIndex {
  style: CitationStyle;
  /** The in-text label of one citation node, e.g. "[1, 3]" or "(NHS England, 2022, p. 4)". */
  label(items: CitationItem[]): string;
  /** Bibliography entries of the cited references, in the order the style sets. */
  bibliography: BibliographyEntry[];
  /** The label of every distinct citation in the documents, by citationKey(items); previews are not added. */
  labels: ReadonlyMap<string, string>;
}

/** Shown for a citation none of whose references is in the library. */
export const missingLabel = (style: CitationStyle) => (isNumeric(style) ? '[?]' : '(?)');

/** The last index built per style, reused while citations and references are unchanged (the live References section). */
const lastBuilt = new Map<CitationStyle, { fingerprint: string; index: CitationIndex }>();

/**
 * Formats citations and the bibliography with citeproc-js (through citation-js)
 * in the report's CSL style: numbered by first citation in Vancouver, author–date
 * in Harvard. citeproc-js is thorough but slow (milliseconds per entry), so
 * engines stay registered between builds, an unchanged report reuses its last
 * index, and labels and entries are formatted again only when what they show
 * can have changed. `stored` hands back text kept in the project file
 * (formattedEntryCache.ts), so a fresh process formats only what was not kept.
 */
export function buildCitationIndex(style: CitationStyle, docs: DocNode[], references: Reference[], stored?: StoredTexts): CitationIndex {
  const known = new Set(references.map((r) => r.id));
  const clusters = citedClusters(docs, known);
  const fingerprint = JSON.stringify([clusters, references.map((r) => [r.id, r.csl])]);
  const last = lastBuilt.get(style);
  if (last && last.fingerprint === fingerprint) return last.index;

  const build = isNumeric(style) ? numericIndex : authorDateIndex;
  const index = build(style, clusters, references, known, missingLabel(style), stored);
  lastBuilt.set(style, { fingerprint, index });
  return index;
}
