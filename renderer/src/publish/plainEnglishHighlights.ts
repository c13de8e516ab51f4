import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { PlainEnglishNote } from '../../../shared/api/calls/publish';

export interface PlainEnglishHighlightState {
  /** The notes' passages, kept in step with edits even while hidden, so showing them is instant. */
  decorations: DecorationSet;
  visible: boolean;
}

export const plainEnglishKey = new PluginKey<PlainEnglishHighlightState>('plainEnglish');

type Meta = { notes: PlainEnglishNote[] } | { visible: boolean };

const decorate = (state: EditorState, notes: PlainEnglishNote[]) =>
  DecorationSet.create(
    state.doc,
    notes
      .filter((n) => n.from < n.to && n.to <= state.doc.content.size)
      .map((n) =>
        Decoration.inline(n.from, n.to, { class: `plain-english plain-english-${n.kind}`, title: n.message, 'data-plain-english': n.kind }, { note: n }),
      ),
  );

/** Sets the notes to highlight (positions in the editor's current document). */
export const setPlainEnglishNotes = (tr: Transaction, notes: PlainEnglishNote[]) =>
  tr.setMeta(plainEnglishKey, { notes } satisfies Meta).setMeta('addToHistory', false);

export const setPlainEnglishVisible = (tr: Transaction, visible: boolean) =>
  tr.setMeta(plainEnglishKey, { visible } satisfies Meta).setMeta('addToHistory', false);

/** The note whose passage holds a position, for the status line's "at the cursor". */
export function plainEnglishNoteAt(state: EditorState, pos: number): PlainEnglishNote | null {
  const found = plainEnglishKey.getState(state)?.decorations.find(pos, pos);
  return (found?.[0]?.spec as { note?: PlainEnglishNote } | undefined)?.note ?? null;
}

/**
 * Plain-English notes (long sentences, passive voice, simpler words) as underlines with
 * the advice as a tooltip. View only: decorations never enter the document or its history.
 */
export const PlainEnglishHighlights = Extension.create({
  name: 'plainEnglishHighlights',
  addProseMirrorPlugins() {
    return [
      new Plugin<PlainEnglishHighlightState>({
        key: plainEnglishKey,
        state: {
          init: () => ({ decorations: DecorationSet.empty, visible: false }),
          apply(tr, value, _old, state) {
            const meta = tr.getMeta(plainEnglishKey) as Meta | undefined;
            if (meta && 'notes' in meta) return { ...value, decorations: decorate(state, meta.notes) };
            if (meta && 'visible' in meta) return { ...value, visible: meta.visible };
            return tr.docChanged ? { ...value, decorations: value.decorations.map(tr.mapping, tr.doc) } : value;
          },
        },
        props: {
          decorations: (state) => {
            const s = plainEnglishKey.getState(state);
            return s?.visible ? s.decorations : null;
          },
        },
      }),
    ];
  },
});
