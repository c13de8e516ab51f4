import { Extension } from '@tiptap/core';
import { Plugin } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/** Passes after ProseMirror's own scroll: each can reveal blocks whose real height moves the caret. */
const PASSES = 3;

function revealCaret(view: EditorView, pass: number): void {
  if (view.isDestroyed || !view.hasFocus()) return;
  const { node } = view.domAtPos(view.state.selection.head);
  const element = (node.nodeType === 1 ? node : node.parentElement) as HTMLElement | null;
  if (!element) return;
  const rect = element.getBoundingClientRect();
  if (rect.bottom > window.innerHeight || rect.top < 0) element.scrollIntoView({ block: 'nearest' });
  if (pass < PASSES) requestAnimationFrame(() => revealCaret(view, pass + 1));
}

/**
 * Off-screen blocks of a long section have estimated heights (content-visibility), so ProseMirror's
 * scroll to the caret can land short; check again over the next frames and finish the job.
 */
export const CaretIntoView = Extension.create({
  name: 'caretIntoView',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        props: {
          handleScrollToSelection: (view) => {
            requestAnimationFrame(() => revealCaret(view, 1));
            return false;
          },
        },
      }),
    ];
  },
});
