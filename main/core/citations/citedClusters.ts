import type { DocNode } from '../../../shared/model';
import { citationKey } from '../../../shared/numbering/citationKey';
import { forEachMention, type CitedItem } from '../../../shared/numbering/mentions';

/** A citation's items that point into the library, each reference once (a citation may be pasted with repeats). */
export function usableItems(items: CitedItem[], known: ReadonlySet<string>): CitedItem[] {
  const ids = new Set<string>();
  return items.filter((i) => known.has(i.referenceId) && !ids.has(i.referenceId) && ids.add(i.referenceId));
}

/** Every distinct citation in document order, reduced to its usable items; citations with none are left out. */
export function citedClusters(docs: DocNode[], known: ReadonlySet<string>): CitedItem[][] {
  const seen = new Set<string>();
  const out: CitedItem[][] = [];
  for (const doc of docs) {
    forEachMention(doc, (m) => {
      if (m.kind !== 'citation') return;
      const items = usableItems(m.items, known);
      const key = citationKey(items);
      if (!items.length || seen.has(key)) return;
      seen.add(key);
      out.push(items);
    });
  }
  return out;
}
