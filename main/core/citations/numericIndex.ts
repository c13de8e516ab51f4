import type { CitationStyle, Reference } from '../../../shared/model';
import type { CitationItem } from '../../../shared/schema';
import { citationKey } from '../../../shared/numbering/citationKey';
import type { CitedItem } from '../../../shared/numbering/mentions';
import { bibliographyEntry, entryBody } from './bibliographyEntry';
import { usableItems } from './citedClusters';
import type { CitationIndex } from './citationIndex';
import type { CiteprocEngine } from './citeproc';
import { cslConfig, cslStyleName, LOCALE, VANCOUVER_LABELS } from './cslStyles';
import { entryKey, labelKey, type StoredTexts } from './formattingKeys';
import { htmlBibliography } from './htmlBibliography';
import { labelShape, NumericLabeller } from './numericLabels';

/**
 * Numeric entries do not depend on one another (no year suffixes), so each is
 * formatted once per CSL item and reused across builds; only the number changes.
 * Keyed as in the project file (formattingKeys.ts).
 */
const bodies = new Map<string, string>();
const BODY_CACHE_LIMIT = 5000;

function remember(key: string, body: string): void {
  if (bodies.size >= BODY_CACHE_LIMIT) bodies.clear();
  bodies.set(key, body);
}

let labeller: NumericLabeller | null = null;

/**
 * The entry body of each of these references in a numeric style, formatted once per
 * CSL item, or taken from the project file where it was kept. When every body is
 * formatted afresh, the engine that did it comes back too, with exactly these works
 * registered in the order given.
 */
export function numericEntryBodies(
  style: CitationStyle,
  ids: string[],
  references: Reference[],
  stored: StoredTexts | undefined,
): { bodies: Map<string, string>; engine: CiteprocEngine | undefined } {
  const styleName = cslStyleName(style);
  const byId = new Map(references.map((r) => [r.id, r]));
  const keys = new Map(ids.map((id) => [id, entryKey(styleName, byId.get(id)!.csl)]));
  // This call's bodies, held apart from the process cache, which may be cleared while they are gathered.
  const found = new Map<string, string>();
  for (const key of keys.values()) {
    const body = bodies.get(key);
    if (body !== undefined) found.set(key, body);
  }
  const take = (key: string, body: string) => {
    found.set(key, body);
    remember(key, body);
  };
  let missing = ids.filter((id) => !found.has(keys.get(id)!));
  if (missing.length && stored) {
    for (const [key, body] of stored(missing.map((id) => keys.get(id)!))) take(key, body);
    missing = missing.filter((id) => !found.has(keys.get(id)!));
  }
  let engine: CiteprocEngine | undefined;
  if (missing.length) {
    const made = cslConfig().engine(
      references.map((r) => ({ ...r.csl, id: r.id })),
      styleName,
      LOCALE,
      'text',
    );
    made.updateItems(missing);
    const { ids: formatted, html } = htmlBibliography(made);
    formatted.forEach((id, i) => take(keys.get(id)!, entryBody(html[i]!)));
    if (missing.length === ids.length) engine = made;
  }
  return { bodies: new Map(ids.map((id) => [id, found.get(keys.get(id)!)!])), engine };
}

/** Labels kept in the project file for the shapes this process has not formatted yet. */
function adoptStoredLabels(shapes: NumericLabeller, wanted: string[], stored: StoredTexts): void {
  const keys = new Map(wanted.filter((shape) => !shapes.has(shape)).map((shape) => [labelKey(VANCOUVER_LABELS, shape), shape]));
  if (!keys.size) return;
  for (const [key, text] of stored([...keys.keys()])) shapes.remember(keys.get(key)!, text);
}

/** Vancouver: references numbered by first citation; labels show the numbers, ranges collapsed. */
export function numericIndex(
  style: CitationStyle,
  clusters: CitedItem[][],
  references: Reference[],
  known: ReadonlySet<string>,
  missingLabel: string,
  stored?: StoredTexts,
): CitationIndex {
  const order = [...new Set(clusters.flat().map((i) => i.referenceId))];
  const numbers = new Map(order.map((id, i) => [id, i + 1]));
  labeller ??= new NumericLabeller(VANCOUVER_LABELS);
  const shapes = labeller;
  // An engine that formatted every entry has the cited works registered in citation order: it can format the labels too.
  const { bodies: bodyOf, engine: inOrder } = numericEntryBodies(style, order, references, stored);
  const entries = order.map((id, i) => bibliographyEntry(id, bodyOf.get(id)!, i + 1));
  const citedNumber = (id: string) => numbers.get(id)!;
  if (stored && !inOrder) adoptStoredLabels(shapes, clusters.map((cluster) => labelShape(cluster, citedNumber)), stored);
  const labels = new Map(clusters.map((cluster) => [citationKey(cluster), shapes.label(cluster, citedNumber, inOrder)]));

  const label = (raw: CitationItem[]): string => {
    const cited = usableItems(raw, known);
    if (!cited.length) return missingLabel;
    // A reference not yet cited would take the next number.
    const next = new Map<string, number>();
    const numberOf = (id: string) => numbers.get(id) ?? next.get(id) ?? next.set(id, numbers.size + next.size + 1).get(id)!;
    return labels.get(citationKey(cited)) ?? shapes.label(cited, numberOf);
  };

  return { style, label, bibliography: entries, labels };
}
