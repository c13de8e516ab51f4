import type { Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Mapping } from '@tiptap/pm/transform';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PlainEnglishNote, SectionReadability } from '../../../shared/api/calls/publish';
import { api } from '../api';
import { useDataVersion } from '../dataEvents';
import { plainEnglishKey, plainEnglishNoteAt, setPlainEnglishNotes, setPlainEnglishVisible } from './plainEnglishHighlights';

/** Highlights start hidden: drafting comes first, and underlines while drafting distract; the count is always shown. */
const VISIBLE_KEY = 'casebook.plainEnglish.visible';
/** The check reads the stored section in the main process; wait until typing has paused a while after a save. */
const REFRESH_DELAY_MS = 1500;
/** Above this many words the check takes a noticeable time, so it runs only when asked. */
export const AUTO_CHECK_MAX_WORDS = 6000;

/** Still the same words where the note was made? A note on text since changed is dropped until the next check. */
function stillThere(doc: PmNode, note: PlainEnglishNote): boolean {
  if (note.from >= note.to || note.to > doc.content.size) return false;
  if (note.kind === 'long-sentence') return true;
  return doc.textBetween(note.from, note.to, ' ', ' ') === note.excerpt;
}

export interface PlainEnglish {
  readability: SectionReadability | null;
  visible: boolean;
  /** The note under the caret, when highlights are shown. */
  atCaret: PlainEnglishNote | null;
  checking: boolean;
  error: string | null;
  toggle(): void;
  /** Checks now, whatever the size. */
  checkNow(): void;
}

/** The section's reading age and plain-English notes, fetched after saves and shown as highlights in the editor. */
export function usePlainEnglish(editor: Editor | null, sectionId: string, words: number): PlainEnglish {
  const [readability, setReadability] = useState<SectionReadability | null>(null);
  const [visible, setVisible] = useState(() => localStorage.getItem(VISIBLE_KEY) === 'true');
  const [atCaret, setAtCaret] = useState<PlainEnglishNote | null>(null);
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const latest = useRef(0);
  const wordsRef = useRef(words);
  useEffect(() => {
    wordsRef.current = words;
  }, [words]);

  const check = useCallback(async () => {
    if (!editor || editor.isDestroyed) return;
    const request = ++latest.current;
    // Edits made while the check runs move its positions: follow them.
    const mapping = new Mapping();
    const track = ({ transaction }: { transaction: { docChanged: boolean; mapping: Mapping } }) => {
      if (transaction.docChanged) mapping.appendMapping(transaction.mapping);
    };
    editor.on('transaction', track);
    setChecking(true);
    try {
      const result = await api().sectionReadability({ sectionId });
      if (request !== latest.current || editor.isDestroyed) return;
      const doc = editor.state.doc;
      const notes = result.notes
        .map((n) => ({ ...n, from: mapping.map(n.from, 1), to: mapping.map(n.to, -1) }))
        .filter((n) => stillThere(doc, n));
      editor.view.dispatch(setPlainEnglishNotes(editor.state.tr, notes));
      setReadability({ ...result, notes });
      setError(null);
    } catch (e) {
      if (request === latest.current) setError((e as Error).message);
    } finally {
      editor.off('transaction', track);
      if (request === latest.current) setChecking(false);
    }
  }, [editor, sectionId]);

  const refresh = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void check(), REFRESH_DELAY_MS);
  }, [check]);

  // On opening the section at once; later, when sections change (a save, a version restored, a review merged), after a pause.
  const changed = useDataVersion('sections');
  const opened = useRef(false);
  useEffect(() => {
    if (wordsRef.current > AUTO_CHECK_MAX_WORDS) return;
    if (opened.current) return refresh();
    opened.current = true;
    void check();
  }, [check, refresh, changed]);
  useEffect(() => () => clearTimeout(timer.current), []);

  // A kept editor remembers whether highlights were on; follow the preference.
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    if (plainEnglishKey.getState(editor.state)?.visible !== visible) editor.view.dispatch(setPlainEnglishVisible(editor.state.tr, visible));
    if (!visible) return;
    const onSelection = () => setAtCaret(plainEnglishNoteAt(editor.state, editor.state.selection.from));
    onSelection();
    editor.on('selectionUpdate', onSelection);
    editor.on('update', onSelection);
    return () => {
      editor.off('selectionUpdate', onSelection);
      editor.off('update', onSelection);
    };
  }, [editor, visible]);

  return {
    readability,
    visible,
    atCaret: visible ? atCaret : null,
    checking,
    error,
    toggle: () => {
      localStorage.setItem(VISIBLE_KEY, String(!visible));
      setVisible(!visible);
    },
    checkNow: () => void check(),
  };
}
