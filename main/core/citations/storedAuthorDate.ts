import type { CitationStyle, Reference } from '../../../shared/model';
import type { CitationItem } from '../../../shared/schema';
import { citationKey } from '../../../shared/numbering/citationKey';
import type { CitedItem } from '../../../shared/numbering/mentions';
import { bibliographyEntry, entryBody } from './bibliographyEntry';
import { usableItems } from './citedClusters';
import type { CitationIndex } from './citationIndex';
import { cslStyleName } from './cslStyles';
import { bibliographyKey, type StoredTexts } from './formattingKeys';

/** An author–date bibliography (entry bodies in the style's order) and the label of every citation, as kept. */
interface Kept {
  entries: [referenceId: string, body: string][];
  labels: [citationKey: string, label: string][];
}

const isPairs = (value: unknown): value is [string, string][] =>
  Array.isArray(value) && value.every((p) => Array.isArray(p) && p.length === 2 && typeof p[0] === 'string' && typeof p[1] === 'string');

/** The key of a report's author–date bibliography: every citation and every cited item, in first-cited order. */
export function authorDateKey(style: CitationStyle, clusters: CitedItem[][], references: Reference[]): string {
  const byId = new Map(references.map((r) => [r.id, r.csl]));
  const cited = [...new Set(clusters.flat().map((i) => i.referenceId))];
  return bibliographyKey(cslStyleName(style), clusters, cited.map((id) => byId.get(id)!));
}

/** The text kept for an author–date index: its entries and labels as JSON. */
export function encodeAuthorDate(index: CitationIndex): string {
  const kept: Kept = { entries: index.bibliography.map((e) => [e.referenceId, entryBody(e.html)]), labels: [...index.labels] };
  return JSON.stringify(kept);
}

function decode(text: string, clusters: CitedItem[][]): Kept | null {
  let kept: Partial<Kept>;
  try {
    kept = JSON.parse(text) as Partial<Kept>;
  } catch {
    return null;
  }
  if (!isPairs(kept.entries) || !isPairs(kept.labels)) return null;
  const labels = new Set(kept.labels.map(([key]) => key));
  const cited = new Set(clusters.flat().map((i) => i.referenceId));
  const listed = new Set(kept.entries.map(([id]) => id));
  if (!clusters.every((c) => labels.has(citationKey(c))) || listed.size !== cited.size || ![...cited].every((id) => listed.has(id))) return null;
  return kept as Kept;
}

/**
 * The author–date index kept in the project file for exactly these citations and cited
 * items, or null. A label it does not hold (a preview citing something else) comes from
 * `formatted`, the index citeproc-js builds, made only if asked.
 */
export function storedAuthorDateIndex(
  style: CitationStyle,
  clusters: CitedItem[][],
  references: Reference[],
  known: ReadonlySet<string>,
  missingLabel: string,
  stored: StoredTexts,
  formatted: () => CitationIndex,
): CitationIndex | null {
  const key = authorDateKey(style, clusters, references);
  const text = stored([key]).get(key);
  const kept = text === undefined ? null : decode(text, clusters);
  if (!kept) return null;
  const labels = new Map(kept.labels);
  let engine: CitationIndex | null = null;
  const label = (raw: CitationItem[]): string => {
    const items = usableItems(raw, known);
    if (!items.length) return missingLabel;
    return labels.get(citationKey(items)) ?? (engine ??= formatted()).label(raw);
  };
  return { style, label, bibliography: kept.entries.map(([id, body]) => bibliographyEntry(id, body)), labels };
}
