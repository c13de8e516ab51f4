import type { CitationStyle, Reference } from '../../../shared/model';
import type { CitationItem } from '../../../shared/schema';
import { citationKey } from '../../../shared/numbering/citationKey';
import type { CitedItem } from '../../../shared/numbering/mentions';
import { bibliographyEntry, entryBody, type BibliographyEntry } from './bibliographyEntry';
import { usableItems } from './citedClusters';
import type { CitationIndex } from './citationIndex';
import type { CiteprocEngine } from './citeproc';
import { cslConfig, cslStyleName, LOCALE, VANCOUVER_LABELS } from './cslStyles';
import { htmlBibliography } from './htmlBibliography';
import { NumericLabeller } from './numericLabels';

/**
 * Numeric entries do not depend on one another (no year suffixes), so each is
 * formatted once per CSL item and reused across builds; only the number changes.
 */
const bodies = new Map<string, string>();
const BODY_CACHE_LIMIT = 5000;

let labeller: NumericLabeller | null = null;

/**
 * Cited references numbered by first citation, each entry formatted once per CSL
 * item. When every entry is formatted afresh (a process's first build), the
 * engine that did it, with the cited works registered in citation order, comes
 * back too, so the labels can be formatted with it.
 */
function numericBibliography(
  style: CitationStyle,
  order: string[],
  references: Reference[],
): { entries: BibliographyEntry[]; cited: CiteprocEngine | undefined } {
  const styleName = cslStyleName(style);
  const byId = new Map(references.map((r) => [r.id, r]));
  const cacheKey = (id: string) => `${styleName}\u0000${JSON.stringify(byId.get(id)!.csl)}`;
  const missing = order.filter((id) => !bodies.has(cacheKey(id)));
  let cited: CiteprocEngine | undefined;
  if (missing.length) {
    const engine = cslConfig().engine(
      references.map((r) => ({ ...r.csl, id: r.id })),
      styleName,
      LOCALE,
      'text',
    );
    engine.updateItems(missing);
    const { ids, html } = htmlBibliography(engine);
    if (bodies.size + ids.length > BODY_CACHE_LIMIT) bodies.clear();
    ids.forEach((id, i) => bodies.set(cacheKey(id), entryBody(html[i]!)));
    if (missing.length === order.length) cited = engine;
  }
  return { entries: order.map((id, i) => bibliographyEntry(id, bodies.get(cacheKey(id))!, i + 1)), cited };
}

/** Vancouver: references numbered by first citation; labels show the numbers, ranges collapsed. */
export function numericIndex(
  style: CitationStyle,
  clusters: CitedItem[][],
  references: Reference[],
  known: ReadonlySet<string>,
  missingLabel: string,
): CitationIndex {
  const order = [...new Set(clusters.flat().map((i) => i.referenceId))];
  const numbers = new Map(order.map((id, i) => [id, i + 1]));
  labeller ??= new NumericLabeller(VANCOUVER_LABELS);
  const shapes = labeller;
  const { entries, cited: inOrder } = numericBibliography(style, order, references);
  const labels = new Map(clusters.map((cluster) => [citationKey(cluster), shapes.label(cluster, (id) => numbers.get(id)!, inOrder)]));

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
