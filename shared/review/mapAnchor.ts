import type { Mapping, StepMap } from '@tiptap/pm/transform';
import type { Anchor } from '../model';

/** Follows an anchor through one step's map (see mapAnchor). */
function mapThroughStep(anchor: Anchor, map: StepMap): Anchor | null {
  let from: number | null = null;
  let to: number | null = null;
  let swallowed = false;
  map.forEach((oldStart, oldEnd, newStart, newEnd) => {
    if (oldEnd === oldStart) return;
    if (oldStart <= anchor.from && anchor.to <= oldEnd) swallowed = true;
    // ProseMirror keeps a position at the edge of a replaced range outside it; a passage
    // edge there was itself replaced, so the passage resumes only after the new text.
    if (oldStart <= anchor.from && anchor.from < oldEnd) from = newEnd;
    if (oldStart < anchor.to && anchor.to <= oldEnd) to = newStart;
  });
  if (swallowed) return null;
  const mappedFrom = from ?? map.map(anchor.from, 1);
  const mappedTo = to ?? map.map(anchor.to, -1);
  return mappedTo > mappedFrom ? { from: mappedFrom, to: mappedTo } : null;
}

/**
 * Follows a comment's anchor through an edit of its section (a transaction's mapping).
 *
 * Text typed exactly at either edge stays outside the passage, text typed inside it
 * joins it, and deleting or retyping part of it shrinks it to what is left. Once
 * every character of the passage is gone — deleted, or replaced by other text — the
 * anchor is null: the comment is detached and keeps its quoted text.
 */
export function mapAnchor(anchor: Anchor | null, mapping: Pick<Mapping, 'maps'>): Anchor | null {
  let current = anchor;
  for (const map of mapping.maps) {
    if (!current) return null;
    current = mapThroughStep(current, map);
  }
  return current;
}
