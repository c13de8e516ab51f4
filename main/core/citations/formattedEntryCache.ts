import { CitationStyle, type DocNode, type Reference } from '../../../shared/model';
import { citationKey } from '../../../shared/numbering/citationKey';
import type { FormattedText } from '../store/formattedCitationRepo';
import type { Project } from '../store/project';
import { buildCitationIndex, type CitationIndex } from './citationIndex';
import { citedClusters } from './citedClusters';
import { cslStyleName, isNumeric, VANCOUVER_LABELS } from './cslStyles';
import { entryKey, labelKey, type StoredTexts } from './formattingKeys';
import { labelShape } from './numericLabels';
import { numericEntryBodies } from './numericIndex';
import { authorDateKey, encodeAuthorDate } from './storedAuthorDate';

/**
 * Citeproc-js takes about half a second for a report of 200 references, which a fresh
 * process (the CLI, the app's first preview or export) would pay before anything else.
 * So the text it makes is kept in the project file whenever the app writes anyway, and
 * read back instead of formatted. Every text is keyed by a hash of all it depends on
 * (formattingKeys.ts): an edited reference, another style or another engine version
 * asks for another key, so kept text is either current or never found.
 */

/** The texts kept in the project, for buildCitationIndex. Reading only: exports never write. */
export const storedTexts =
  (project: Project): StoredTexts =>
  (keys) =>
    project.formattedCitations.find(keys);

interface Report {
  style: CitationStyle;
  docs: DocNode[];
  references: Reference[];
}

/**
 * In a numeric style: the entry of every reference in the library, cited or not (a
 * citation added later then finds its entry), and the label of every citation's shape.
 */
function numericTexts({ style, docs, references }: Report, index: CitationIndex, stored: StoredTexts): FormattedText[] {
  const styleName = cslStyleName(style);
  const ids = references.map((r) => r.id);
  const { bodies } = numericEntryBodies(style, ids, references, stored);
  const entries = references.map((r): FormattedText => ({ key: entryKey(styleName, r.csl), style, kind: 'entry', text: bodies.get(r.id)! }));
  const numbers = new Map(index.bibliography.map((e) => [e.referenceId, e.number!]));
  const clusters = citedClusters(docs, new Set(ids));
  const labels = clusters.map(
    (cluster): FormattedText => ({
      key: labelKey(VANCOUVER_LABELS, labelShape(cluster, (id) => numbers.get(id)!)),
      style,
      kind: 'label',
      text: index.labels.get(citationKey(cluster))!,
    }),
  );
  return [...entries, ...labels];
}

/** In an author–date style: the bibliography and labels whole, since each depends on the cited set. */
function authorDateTexts({ style, docs, references }: Report, index: CitationIndex): FormattedText[] {
  const clusters = citedClusters(docs, new Set(references.map((r) => r.id)));
  return [{ key: authorDateKey(style, clusters, references), style, kind: 'bibliography', text: encodeAuthorDate(index) }];
}

/** The key of every reference's entry in every numeric style, as the library stands: entries under other keys are stale. */
const currentEntryKeys = (references: Reference[]) =>
  new Set(CitationStyle.options.filter(isNumeric).flatMap((style) => references.map((r) => entryKey(cslStyleName(style), r.csl))));

/**
 * Formats the report's citations in its style (taking what is kept) and keeps the
 * result, dropping what can no longer be asked for: entries of references deleted or
 * edited since, and this style's labels and bibliography that the report no longer
 * uses (the other style's stay, so switching back is quick). Writes nothing when all is
 * kept already. For the places where the app writes anyway, never for an export.
 */
export function saveFormattedCitations(project: Project): void {
  project.transaction(() => {
    const report: Report = {
      style: project.meta.get().citationStyle,
      docs: project.sections.all().map((s) => s.content),
      references: project.references.list(),
    };
    const stored = storedTexts(project);
    const index = buildCitationIndex(report.style, report.docs, report.references, stored);
    const texts = isNumeric(report.style) ? numericTexts(report, index, stored) : authorDateTexts(report, index);
    const wanted = new Set(texts.map((t) => t.key));
    const entries = currentEntryKeys(report.references);
    const held = project.formattedCitations.keys();
    const stale = held.filter((k) => !wanted.has(k.key) && (k.kind === 'entry' ? !entries.has(k.key) : k.style === report.style));
    project.formattedCitations.delete(stale.map((k) => k.key));
    const kept = new Set(held.map((k) => k.key));
    project.formattedCitations.add(texts.filter((t) => !kept.has(t.key)));
  });
}
