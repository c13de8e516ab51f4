import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { useEffect } from 'react';
import type { Anchor } from '../../../shared/model';
import { api } from '../api';
import { scrollWithin } from './scrollWithin';
import { commentHighlights, commentHighlightsKey, loadAnchors, markSaved, setHighlight } from './commentHighlights';
import {
  getReviewState,
  moveDraft,
  patchAnchors,
  registerEditor,
  reloadComments,
  reportSelection,
  requestCommentsPanel,
  setActiveThread,
  startDraft,
  useReviewState,
} from './reviewStore';

/** Quiet time after the last edit before moved anchors are written (as the section's autosave waits). */
const ANCHOR_SAVE_DELAY_MS = 800;

const samePlace = (a: Anchor | null | undefined, b: Anchor | null | undefined) => (a ?? null) === (b ?? null) || (!!a && !!b && a.from === b.from && a.to === b.to);

/**
 * Connects a section's editor to the review: highlights its threads' passages, follows
 * them through edits and saves where they moved, lets the comments panel reveal a
 * thread or start a comment on the selection, and offers Ctrl/Cmd+Alt+M to comment.
 */
export function useReviewEditor(editor: Editor | null, sectionId: string, readOnly = false): void {
  const { comments, loaded } = useReviewState();

  useEffect(() => {
    if (!loaded) void reloadComments();
  }, [loaded]);

  // The plugins, the editor's registration with the review panels, and saving moved anchors.
  useEffect(() => {
    if (!editor) return;
    const highlights = commentHighlights(
      (id) => {
        setActiveThread(id);
        requestCommentsPanel();
      },
      () => startDraft(),
    );
    editor.registerPlugin(highlights);

    let timer: ReturnType<typeof setTimeout> | undefined;
    let saving: Promise<void> | null = null;
    const save = async () => {
      clearTimeout(timer);
      const moved = commentHighlightsKey.getState(editor.state)?.moved;
      if (readOnly || !moved?.size || saving || editor.isDestroyed) return;
      const sent = [...moved].map(([id, anchor]) => ({ id, anchor }));
      saving = api()
        .updateAnchors({ sectionId, anchors: sent })
        .then(() => {
          patchAnchors(sent);
          if (editor.isDestroyed || !commentHighlightsKey.getState(editor.state)) return;
          // Only what is still where it was sent counts as saved; later moves wait for the next save.
          const now = commentHighlightsKey.getState(editor.state)?.moved;
          const done = sent.filter(({ id, anchor }) => now?.has(id) && samePlace(now.get(id), anchor)).map((s) => s.id);
          editor.view.dispatch(markSaved(editor.state.tr, done).setMeta('addToHistory', false));
        })
        .catch(() => undefined) // kept as moved: tried again after the next edit
        .finally(() => {
          saving = null;
        });
      await saving;
    };

    const onTransaction = ({ transaction }: { transaction: { docChanged: boolean } }) => {
      const plugin = commentHighlightsKey.getState(editor.state);
      const { selection } = editor.state;
      reportSelection(!selection.empty && selection.to > selection.from);
      if (!transaction.docChanged || !plugin) return;
      const draft = getReviewState().draft;
      if (draft?.sectionId === sectionId && !samePlace(plugin.draft, draft.anchor)) moveDraft(plugin.draft);
      if (plugin.moved.size) {
        clearTimeout(timer);
        timer = setTimeout(() => void save(), ANCHOR_SAVE_DELAY_MS);
      }
    };
    editor.on('transaction', onTransaction);

    const unregister = registerEditor({
      sectionId,
      selection: () => {
        const { from, to } = editor.state.selection;
        // Quoted as shared/review/passageText reads a passage, so re-anchoring finds it again.
        const quotedText = editor.state.doc.textBetween(from, to, '\n', '');
        return to > from && quotedText.trim() ? { anchor: { from, to }, quotedText: quotedText.slice(0, 5000) } : null;
      },
      reveal: (threadId) => {
        const anchor = commentHighlightsKey.getState(editor.state)?.anchors.get(threadId);
        if (!anchor || editor.isDestroyed) return;
        const tr = editor.state.tr.setSelection(TextSelection.create(editor.state.doc, anchor.from, anchor.to));
        editor.view.dispatch(tr.setMeta('addToHistory', false));
        // The highlight itself, not domAtPos: at a decoration's edge that answers the whole paragraph's parent.
        const mark = editor.view.dom.querySelector<HTMLElement>(`[data-thread-id="${CSS.escape(threadId)}"]`);
        if (mark) scrollWithin(mark, 'center');
      },
      highlight: (active, draft) => {
        if (!editor.isDestroyed) editor.view.dispatch(setHighlight(editor.state.tr, active, draft).setMeta('addToHistory', false));
      },
    });
    const state = getReviewState();
    editor.view.dispatch(
      setHighlight(editor.state.tr, state.activeThreadId, state.draft?.sectionId === sectionId ? state.draft.anchor : null).setMeta('addToHistory', false),
    );

    return () => {
      editor.off('transaction', onTransaction);
      unregister();
      void save();
      if (!editor.isDestroyed) editor.unregisterPlugin(commentHighlightsKey);
    };
  }, [editor, sectionId, readOnly]);

  // Threads of this section, as stored: new ones appear, deleted ones go.
  useEffect(() => {
    if (!editor || editor.isDestroyed || !commentHighlightsKey.getState(editor.state)) return;
    const threads = comments.filter((c) => c.sectionId === sectionId && !c.parentId);
    editor.view.dispatch(loadAnchors(editor.state.tr, threads).setMeta('addToHistory', false));
  }, [editor, sectionId, comments]);
}
