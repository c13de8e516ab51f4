import { useEffect } from 'react';

/** How long the Undo offer stays after a deletion. */
const UNDO_WINDOW_MS = 20_000;

/** "Section deleted — Undo", announced politely and dismissed after a while. */
export function UndoToast({ title, onUndo, onDismiss }: { title: string; onUndo(): void; onDismiss(): void }) {
  useEffect(() => {
    const timer = setTimeout(onDismiss, UNDO_WINDOW_MS);
    return () => clearTimeout(timer);
  }, [onDismiss, title]);
  return (
    <div className="toast" role="status" aria-live="polite">
      <span>Section “{title || 'Untitled section'}” deleted</span>
      <button type="button" onClick={onUndo}>
        Undo
      </button>
      <button type="button" aria-label="Dismiss" onClick={onDismiss}>
        ✕
      </button>
    </div>
  );
}
