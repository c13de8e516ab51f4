import type { CitationStyle, DocNode, Reference } from '../../../shared/model';
import type { CitationItem } from '../../../shared/schema';
import { citationKey } from '../../../shared/numbering/citationKey';
import { forEachMention, type CitedItem } from '../../../shared/numbering/mentions';
import { bibliographyEntry, entryBody, type BibliographyEntry } from './bibliographyEntry';
import type { Citation, CiteprocEngine } from './citeproc';
import { cslConfig, cslStyleName, isNumeric, LOCALE, VANCOUVER_LABELS } from './cslStyles';
import { locatorFields } from './locator';
import { NumericLabeller } from './numericLabels';

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

function usable(items: CitedItem[], known: Set<string>): CitedItem[] {
  const ids = new Set<string>();
  return items.filter((i) => known.has(i.referenceId) && !ids.has(i.referenceId) && ids.add(i.referenceId));
}

/** Every distinct citation in document order, keeping only references in the library (each once per citation). */
function distinctCitations(docs: DocNode[], known: Set<string>): CitedItem[][] {
  const seen = new Set<string>();
  const out: CitedItem[][] = [];
  for (const doc of docs) {
    forEachMention(doc, (m) => {
      if (m.kind !== 'citation') return;
      const items = usable(m.items, known);
      const key = citationKey(items);
      if (!items.length || seen.has(key)) return;
      seen.add(key);
      out.push(items);
    });
  }
  return out;
}

const toCitation = (items: CitedItem[], i: number): Citation => ({
  citationID: `c${i}`,
  citationItems: items.map((item) => ({ id: item.referenceId, ...locatorFields(item.locator) })),
  properties: { noteIndex: 0 },
});

/**
 * citation-js caches one citeproc engine per style and hands the same one to
 * every caller, so an index checks that it still owns the engine's state before
 * asking it anything after building.
 */
const engineOwner = new Map<string, object>();

/** The last index built per style, reused while citations and references are unchanged (the live References section). */
const lastBuilt = new Map<CitationStyle, { fingerprint: string; index: CitationIndex }>();

/**
 * Numeric entries do not depend on one another (no year suffixes), so each is
 * formatted once per CSL item and reused across builds; only the number changes.
 */
const numericBodies = new Map<string, string>();
const NUMERIC_CACHE_LIMIT = 5000;

let numericLabeller: NumericLabeller | null = null;

/**
 * Formats citations and the bibliography with citeproc-js (through citation-js)
 * in the report's CSL style: numbered by first citation in Vancouver, author–date
 * in Harvard. citeproc-js is thorough but slow (milliseconds per entry), so the
 * engine is cached per style, an unchanged report reuses its last index, and
 * Vancouver labels and entries are formatted once and reused.
 */
export function buildCitationIndex(style: CitationStyle, docs: DocNode[], references: Reference[]): CitationIndex {
  const known = new Set(references.map((r) => r.id));
  const clusters = distinctCitations(docs, known);
  const fingerprint = JSON.stringify([clusters, references.map((r) => r.csl)]);
  const last = lastBuilt.get(style);
  if (last && last.fingerprint === fingerprint) return last.index;

  const index = isNumeric(style) ? numericIndex(style, clusters, references, known) : authorDateIndex(style, clusters, references, known);
  lastBuilt.set(style, { fingerprint, index });
  return index;
}

function numericIndex(style: CitationStyle, clusters: CitedItem[][], references: Reference[], known: Set<string>): CitationIndex {
  const order = [...new Set(clusters.flat().map((i) => i.referenceId))];
  const numbers = new Map(order.map((id, i) => [id, i + 1]));
  numericLabeller ??= new NumericLabeller(VANCOUVER_LABELS);
  const labeller = numericLabeller;
  const labels = new Map(clusters.map((cluster) => [citationKey(cluster), labeller.label(cluster, (id) => numbers.get(id)!)]));

  const label = (raw: CitationItem[]): string => {
    const cited = usable(raw, known);
    if (!cited.length) return missingLabel(style);
    // A reference not yet cited would take the next number.
    const next = new Map<string, number>();
    const numberOf = (id: string) => numbers.get(id) ?? next.get(id) ?? next.set(id, numbers.size + next.size + 1).get(id)!;
    return labels.get(citationKey(cited)) ?? labeller.label(cited, numberOf);
  };

  return { style, label, bibliography: numericBibliography(style, order, references), labels };
}

/** Cited references numbered by first citation, each entry formatted once per CSL item and cached. */
function numericBibliography(style: CitationStyle, order: string[], references: Reference[]): BibliographyEntry[] {
  const styleName = cslStyleName(style);
  const byId = new Map(references.map((r) => [r.id, r]));
  const cacheKey = (id: string) => `${styleName}\u0000${JSON.stringify(byId.get(id)!.csl)}`;
  const missing = order.filter((id) => !numericBodies.has(cacheKey(id)));
  if (missing.length) {
    const engine = cslConfig().engine(references.map((r) => ({ ...r.csl, id: r.id })), styleName, LOCALE, 'text');
    engineOwner.delete(styleName);
    engine.updateItems(missing);
    const { ids, html } = htmlBibliography(engine);
    if (numericBodies.size + ids.length > NUMERIC_CACHE_LIMIT) numericBodies.clear();
    ids.forEach((id, i) => numericBodies.set(cacheKey(id), entryBody(html[i]!)));
  }
  return order.map((id, i) => bibliographyEntry(id, numericBodies.get(cacheKey(id))!, i + 1));
}

/** Author–date labels depend on every cited item (year suffixes, added names), so citeproc processes them all in order. */
function authorDateIndex(style: CitationStyle, clusters: CitedItem[][], references: Reference[], known: Set<string>): CitationIndex {
  const config = cslConfig();
  const styleName = cslStyleName(style);
  const items = references.map((r) => ({ ...r.csl, id: r.id }));
  const citations = clusters.map(toCitation);
  const token = {};

  const load = (): { engine: CiteprocEngine; labels: string[] } => {
    const engine = config.engine(items, styleName, LOCALE, 'text');
    const labels = citations.length ? engine.rebuildProcessorState(citations, 'text').map((row) => row[2]) : [];
    engineOwner.set(styleName, token);
    return { engine, labels };
  };

  const first = load();
  const labels = new Map<string, string>();
  clusters.forEach((cluster, i) => labels.set(citationKey(cluster), first.labels[i]!));
  const { ids, html } = htmlBibliography(first.engine);
  const bibliography = ids.map((id, i) => bibliographyEntry(id, entryBody(html[i]!)));
  // Previews are kept apart: labels lists only what the documents cite.
  const previews = new Map<string, string>();

  const label = (raw: CitationItem[]): string => {
    const cited = usable(raw, known);
    if (!cited.length) return missingLabel(style);
    const key = citationKey(cited);
    const stored = labels.get(key) ?? previews.get(key);
    if (stored !== undefined) return stored;
    // A citation not in the documents (a preview): format it after all of theirs.
    const engine = engineOwner.get(styleName) === token ? first.engine : load().engine;
    const pre = citations.map((c) => [c.citationID, 0] as [string, number]);
    const text = engine.previewCitationCluster(toCitation(cited, citations.length), pre, [], 'text');
    previews.set(key, text);
    return text;
  };

  return { style, label, bibliography, labels };
}

function htmlBibliography(engine: CiteprocEngine): { ids: string[]; html: string[] } {
  engine.setOutputFormat('html');
  const made = engine.makeBibliography();
  engine.setOutputFormat('text');
  if (!made) return { ids: [], html: [] };
  return { ids: made[0].entry_ids.map((ids) => ids[0]!), html: made[1] };
}
