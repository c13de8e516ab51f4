import type { SectionSummary } from '../model';

/**
 * Section numbers as they print ("2", "2.1", "2.1.3"), for sections listed depth first.
 * Returns a map from section id to its number and depth (1 = top level).
 */
export function sectionNumbers(sections: Pick<SectionSummary, 'id' | 'parentId'>[]): Map<string, { number: string; depth: number }> {
  const out = new Map<string, { number: string; depth: number }>();
  const childCount = new Map<string | null, number>();
  for (const s of sections) {
    const n = (childCount.get(s.parentId) ?? 0) + 1;
    childCount.set(s.parentId, n);
    const parent = s.parentId ? out.get(s.parentId) : undefined;
    out.set(s.id, {
      number: parent ? `${parent.number}.${n}` : String(n),
      depth: parent ? parent.depth + 1 : 1,
    });
  }
  return out;
}
