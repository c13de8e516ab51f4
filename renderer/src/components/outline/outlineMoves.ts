import type { SectionSummary } from '../../../../shared/model';

/** Where a section goes: the arguments of moveSection. */
export interface MoveTarget {
  parentId: string | null;
  index: number;
}

export type DropZone = 'before' | 'after' | 'inside';

type Outline = Pick<SectionSummary, 'id' | 'parentId'>[];

const childrenOf = (outline: Outline, parentId: string | null, except?: string) =>
  outline.filter((s) => s.parentId === parentId && s.id !== except);

/** True when candidate is id itself or lies inside it: a section cannot be dropped into its own subtree. */
export function isWithin(outline: Outline, candidate: string | null, id: string): boolean {
  const byId = new Map(outline.map((s) => [s.id, s]));
  for (let cur = candidate; cur; cur = byId.get(cur)?.parentId ?? null) if (cur === id) return true;
  return false;
}

function position(outline: Outline, id: string) {
  const section = outline.find((s) => s.id === id);
  if (!section) return null;
  const siblings = childrenOf(outline, section.parentId);
  return { section, siblings, index: siblings.findIndex((s) => s.id === id) };
}

/** Alt+↑: one place earlier among its siblings. */
export function moveUp(outline: Outline, id: string): MoveTarget | null {
  const p = position(outline, id);
  return p && p.index > 0 ? { parentId: p.section.parentId, index: p.index - 1 } : null;
}

/** Alt+↓: one place later among its siblings. */
export function moveDown(outline: Outline, id: string): MoveTarget | null {
  const p = position(outline, id);
  return p && p.index < p.siblings.length - 1 ? { parentId: p.section.parentId, index: p.index + 1 } : null;
}

/** Alt+→: becomes the last subsection of the section above it. */
export function indent(outline: Outline, id: string): MoveTarget | null {
  const p = position(outline, id);
  if (!p || p.index === 0) return null;
  const newParent = p.siblings[p.index - 1]!;
  return { parentId: newParent.id, index: childrenOf(outline, newParent.id).length };
}

/** Alt+←: leaves its parent and follows it. */
export function outdent(outline: Outline, id: string): MoveTarget | null {
  const p = position(outline, id);
  if (!p || !p.section.parentId) return null;
  const parent = position(outline, p.section.parentId)!;
  return { parentId: parent.section.parentId, index: parent.index + 1 };
}

/** Dropping a dragged section before, after or inside another. */
export function dropTarget(outline: Outline, dragId: string, targetId: string, zone: DropZone): MoveTarget | null {
  if (dragId === targetId || isWithin(outline, targetId, dragId)) return null;
  const target = outline.find((s) => s.id === targetId);
  if (!target) return null;
  if (zone === 'inside') return { parentId: target.id, index: childrenOf(outline, target.id, dragId).length };
  const siblings = childrenOf(outline, target.parentId, dragId);
  const index = siblings.findIndex((s) => s.id === targetId);
  return { parentId: target.parentId, index: zone === 'before' ? index : index + 1 };
}

/** Where a new section goes: after the selected one, as its sibling (or last when nothing is selected). */
export function afterSelected(outline: Outline, selectedId: string | null): MoveTarget {
  const p = selectedId ? position(outline, selectedId) : null;
  return p ? { parentId: p.section.parentId, index: p.index + 1 } : { parentId: null, index: childrenOf(outline, null).length };
}
