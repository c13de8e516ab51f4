import { z } from 'zod';
import { call } from '../call';
import { CitationStyle, CslItem, Id, Reference } from '../../model';

/** Reference file formats the import reads (medline: PubMed's .nbib); "auto" looks at the text. */
export const ReferenceFormat = z.enum(['ris', 'bibtex', 'csl-json', 'medline']);

const ImportProblem = z.object({
  /** Where in the file: "entry 3, line 42", "item 4", "line 7". */
  position: z.string(),
  message: z.string(),
});

const DuplicateReport = z.object({
  position: z.string(),
  title: z.string(),
  reason: z.string(),
  /** The library reference it duplicates; null when it repeats an earlier entry of the same file. */
  existingReferenceId: Id.nullable(),
});

const CitationItemArg = z.object({ referenceId: Id, locator: z.string().trim().max(100).optional() }).strict();

/** A section that mentions something, as the panels list it (and jump to it). */
export const SectionPlace = z.object({
  sectionId: Id,
  /** As printed: "2.1". */
  number: z.string(),
  title: z.string(),
  count: z.number().int().min(1),
  /** ProseMirror positions of the mentions in the section's document, for the editor to select and scroll to. */
  positions: z.array(z.number().int().min(0)),
});
export type SectionPlace = z.infer<typeof SectionPlace>;

export const BibliographyEntry = z.object({
  referenceId: Id,
  /** Numeric styles: the number it is cited by. */
  number: z.number().int().min(1).optional(),
  text: z.string(),
  /** citeproc-js HTML (italics and the like); sanitise before inserting it into the page. */
  html: z.string(),
});

/**
 * Calls behind the Findings, Safety items and References panels and the citation
 * picker. Codes and labels are computed in main from what is saved:
 * - a citation node's label: citationLabels().labels[citationKey(node.attrs.items)]
 *   (shared/numbering/citationKey); a citation not yet saved: previewCitation;
 * - the References section: getBibliography (entries in style order);
 * - finding and safety item codes: listFindings / listSafetyItems, renumbered by
 *   order of appearance whenever section text or order is saved;
 * - "mentioned in" with jump targets: findingUsage, safetyItemUsage, referenceUsage.
 */
export const citationCalls = {
  importReferences: call(
    'Add references from RIS, BibTeX or CSL-JSON text in one step; duplicates (same DOI, or same title and year) and unreadable entries are reported, not added.',
    z.object({ text: z.string().max(50_000_000), format: z.union([ReferenceFormat, z.literal('auto')]).default('auto') }).strict(),
    z.object({
      format: ReferenceFormat.nullable(),
      added: z.array(Reference),
      duplicates: z.array(DuplicateReport),
      problems: z.array(ImportProblem),
    }),
  ),
  searchReferences: call(
    'References matching every word of a query in title, authors, year, journal, publisher, DOI or URL (case and accents ignored); title matches first.',
    z.object({ query: z.string().max(500), limit: z.number().int().min(1).max(1000).optional() }).strict(),
    z.array(Reference),
  ),
  referenceDuplicate: call(
    'The library reference this item would duplicate (same DOI, or same title and year), so the form can warn before saving; exceptId: the reference being edited.',
    z.object({ csl: CslItem, exceptId: Id.optional() }).strict(),
    z.object({ existingReferenceId: Id, title: z.string(), reason: z.string() }).nullable(),
  ),
  previewCitation: call(
    'The label a citation of these references would have in the report now, in its style (or the style given).',
    z.object({ items: z.array(CitationItemArg).min(1).max(50), style: CitationStyle.optional() }).strict(),
    z.object({ label: z.string() }),
  ),
  citationLabels: call(
    'The label of every citation in the report, by citationKey(items) from shared/numbering/citationKey.',
    z.object({}).strict(),
    z.object({ style: CitationStyle, labels: z.record(z.string(), z.string()) }),
  ),
  getBibliography: call(
    'The References section: the cited references in the report’s style and order.',
    z.object({}).strict(),
    z.object({ style: CitationStyle, entries: z.array(BibliographyEntry) }),
  ),
  referenceUsage: call('The sections that cite a reference.', z.object({ id: Id }).strict(), z.array(SectionPlace)),
  findingUsage: call('The sections that mention a finding.', z.object({ id: Id }).strict(), z.array(SectionPlace)),
  safetyItemUsage: call('The sections where a safety item is placed.', z.object({ id: Id }).strict(), z.array(SectionPlace)),
};
