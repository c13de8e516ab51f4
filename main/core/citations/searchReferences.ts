import type { CslItem, Reference } from '../../../shared/model';

/** Lower case without accents, so "muller" finds Müller and "lukasz" finds Łukasz. */
export const foldForSearch = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/ø/g, 'o')
    .replace(/Ø/g, 'O')
    .toLowerCase();

const names = (csl: CslItem) =>
  [...(csl.author ?? []), ...(csl.editor ?? [])].map((n) => [n.literal, n.given, n['non-dropping-particle'], n.family].filter(Boolean).join(' '));

function haystack(csl: CslItem): { title: string; all: string } {
  const year = csl.issued?.['date-parts']?.[0]?.[0] ?? csl.issued?.raw ?? '';
  const title = foldForSearch(csl.title ?? '');
  const rest = [csl['container-title'], csl.publisher, csl.DOI, csl.URL, String(year), ...names(csl)].filter(Boolean).join(' ');
  return { title, all: `${title} ${foldForSearch(rest)}` };
}

/**
 * References whose title, authors, year, journal, publisher, DOI or URL contain
 * every word of the query (accents and case ignored): title matches first, then
 * library order. An empty query lists the library.
 */
export function searchReferences(references: Reference[], query: string, limit = 50): Reference[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (!words.length) return references.slice(0, limit);
  const hits: { ref: Reference; rank: number }[] = [];
  for (const ref of references) {
    const { title, all } = haystack(ref.csl);
    if (!words.every((w) => all.includes(w))) continue;
    hits.push({ ref, rank: words.every((w) => title.includes(w)) ? 0 : 1 });
  }
  return hits
    .sort((a, b) => a.rank - b.rank || a.ref.order - b.ref.order)
    .slice(0, limit)
    .map((h) => h.ref);
}
