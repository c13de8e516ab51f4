import type { Node as PmNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import type { Anchor } from '../../../shared/model';
import { reanchor } from '../../../shared/review/reanchor';

/**
 * True for the changes that may put a deleted passage back: an undo or redo, or
 * the whole text replaced at once (restoring a version). Plain edits never
 * re-attach a thread, so deleting a passage detaches it even if the same words
 * occur elsewhere.
 */
export function bringsTextBack(tr: Transaction, before: PmNode): boolean {
  if (tr.getMeta('history$') !== undefined) return true;
  return tr.steps.some((step) => {
    const range = step as unknown as { from?: number; to?: number };
    return range.from === 0 && range.to === before.content.size;
  });
}

/**
 * Re-attaches threads detached in this editor whose quoted words are back: at the
 * place they were lost, or else the nearest occurrence. Updates the maps in place.
 */
export function reattach(
  doc: PmNode,
  lost: Map<string, number>,
  quotes: ReadonlyMap<string, string>,
  anchors: Map<string, Anchor>,
  moved: Map<string, Anchor | null>,
): void {
  for (const [id, pos] of lost) {
    const quote = quotes.get(id);
    if (!quote) continue;
    const back = reanchor(doc, { from: pos, to: pos + quote.length }, quote);
    if (!back) continue;
    anchors.set(id, back);
    moved.set(id, back);
    lost.delete(id);
  }
}
