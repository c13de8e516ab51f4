import type { Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import type { SectionSummary } from '../../../shared/model';
import { api } from '../api';
import { notifyChanged } from '../dataEvents';
import { useSaveState, type SaveStatus } from '../saveState';

/** Quiet time after the last keystroke before the section is written. */
export const AUTOSAVE_DELAY_MS = 800;

interface Pending {
  /** The newest document not yet written; ProseMirror docs are immutable, so keeping it is free. */
  doc: PmNode | null;
  dirty: boolean;
  inFlight: Promise<void> | null;
  timer: ReturnType<typeof setTimeout> | undefined;
  shown: SaveStatus['kind'];
}

export interface Autosave {
  /** Writes any unsaved change now; resolves when written (or when the write failed and Error is shown). */
  flush(): Promise<void>;
  /** True while a change is not yet safely in the project. */
  hasUnsaved(): boolean;
}

/**
 * Writes the section about a second after typing stops, and at once when the window loses focus,
 * is hidden or closes, or the section is left. A failed write keeps the text in the editor, shows
 * Error with Retry, and is tried again on the next change.
 */
export function useAutosave(sectionId: string, editor: Editor | null, onSaved?: (summary: SectionSummary) => void): Autosave {
  const { setStatus } = useSaveState();
  const pending = useRef<Pending>({ doc: null, dirty: false, inFlight: null, timer: undefined, shown: 'saved' });
  const onSavedRef = useRef(onSaved);
  const retryRef = useRef<() => void>(() => undefined);
  useLayoutEffect(() => {
    onSavedRef.current = onSaved;
  }, [onSaved]);

  const show = useCallback(
    (status: SaveStatus) => {
      // Setting the same kind again would re-render the title bar on every keystroke.
      if (status.kind !== 'error' && pending.current.shown === status.kind) return;
      pending.current.shown = status.kind;
      setStatus(status);
    },
    [setStatus],
  );

  const flush = useCallback(async (): Promise<void> => {
    const p = pending.current;
    clearTimeout(p.timer);
    // One write at a time: wait for the one under way, then write what changed meanwhile.
    while (p.inFlight) await p.inFlight;
    if (!p.dirty || !p.doc) return;
    const doc = p.doc;
    p.dirty = false;
    show({ kind: 'saving' });
    p.inFlight = api()
      .updateSection({ id: sectionId, content: doc.toJSON() })
      .then(
        (summary) => {
          onSavedRef.current?.(summary);
          notifyChanged('sections'); // codes and citation labels follow the text
          if (!p.dirty) show({ kind: 'saved' });
        },
        (error: Error) => {
          p.dirty = true;
          show({ kind: 'error', message: error.message, retry: () => retryRef.current() });
        },
      )
      .finally(() => {
        p.inFlight = null;
      });
    await p.inFlight;
  }, [sectionId, show]);

  useLayoutEffect(() => {
    retryRef.current = () => void flush();
  }, [flush]);

  useEffect(() => {
    if (!editor) return;
    const onUpdate = () => {
      const p = pending.current;
      p.doc = editor.state.doc;
      p.dirty = true;
      if (p.shown !== 'error') show({ kind: 'saving' });
      clearTimeout(p.timer);
      p.timer = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    };
    editor.on('update', onUpdate);
    return () => {
      editor.off('update', onUpdate);
    };
  }, [editor, flush, show]);

  useEffect(() => {
    const now = () => void flush();
    const onHidden = () => document.visibilityState === 'hidden' && now();
    window.addEventListener('blur', now);
    window.addEventListener('pagehide', now);
    window.addEventListener('beforeunload', now);
    document.addEventListener('visibilitychange', onHidden);
    const offMenu = api().onEvent((event) => {
      if (event.type === 'menu' && event.command === 'flush') now();
    });
    return () => {
      window.removeEventListener('blur', now);
      window.removeEventListener('pagehide', now);
      window.removeEventListener('beforeunload', now);
      document.removeEventListener('visibilitychange', onHidden);
      offMenu();
      now(); // leaving the section (or the report) writes what was typed
    };
  }, [flush]);

  const hasUnsaved = useCallback(() => pending.current.dirty || pending.current.inFlight !== null, []);
  return { flush, hasUnsaved };
}
