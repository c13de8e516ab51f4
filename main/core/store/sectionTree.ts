import type { SectionSummary } from '../../../shared/model';

export interface SectionRow {
  id: string;
  parent_id: string | null;
  position: number;
  title: string;
  review_status: string;
  updated_at: string;
  words: number;
}

export const toSummary = (row: SectionRow): SectionSummary => ({
  id: row.id,
  parentId: row.parent_id,
  order: row.position,
  title: row.title,
  reviewStatus: row.review_status as SectionSummary['reviewStatus'],
  updatedAt: row.updated_at,
  words: row.words,
});

/** Orders sections depth first (parent, then its children by position), as the outline and exports read them. */
export function depthFirst(rows: SectionRow[]): SectionRow[] {
  const children = new Map<string | null, SectionRow[]>();
  for (const row of rows) {
    const list = children.get(row.parent_id) ?? [];
    list.push(row);
    children.set(row.parent_id, list);
  }
  for (const list of children.values()) list.sort((a, b) => a.position - b.position);
  const out: SectionRow[] = [];
  const visit = (parent: string | null) => {
    for (const row of children.get(parent) ?? []) {
      out.push(row);
      visit(row.id);
    }
  };
  visit(null);
  return out;
}

/** Depth of a section (1 = top level) given every row. */
export function depthOf(id: string | null, byId: Map<string, SectionRow>): number {
  let depth = 0;
  for (let cur = id; cur; cur = byId.get(cur)?.parent_id ?? null) depth++;
  return depth;
}

/** Height of the subtree rooted at id (1 = no children). */
export function heightOf(id: string, rows: SectionRow[]): number {
  const kids = rows.filter((r) => r.parent_id === id);
  return 1 + Math.max(0, ...kids.map((k) => heightOf(k.id, rows)));
}
