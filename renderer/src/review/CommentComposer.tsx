import { useState, type FormEvent, type KeyboardEvent } from 'react';

interface Props {
  label: string;
  initial?: string;
  submitLabel: string;
  placeholder?: string;
  onSubmit(body: string): Promise<void>;
  onCancel(): void;
}

/** A small form for a comment, reply or edit: Ctrl/Cmd+Enter saves, Escape cancels; a failure keeps the text. */
export function CommentComposer({ label, initial = '', submitLabel, placeholder, onSubmit, onCancel }: Props) {
  const [body, setBody] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    if (!body.trim() || busy) return;
    setBusy(true);
    try {
      await onSubmit(body.trim());
    } catch (err) {
      setError((err as Error).message);
      setBusy(false);
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit();
    else if (e.key === 'Escape') onCancel();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <form className="comment-composer" onSubmit={submit}>
      <textarea
        aria-label={label}
        autoFocus
        rows={3}
        value={body}
        placeholder={placeholder}
        maxLength={20000}
        onChange={(e) => setBody(e.target.value)}
        onKeyDown={onKeyDown}
      />
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="comment-actions">
        <button type="submit" className="primary" disabled={!body.trim() || busy}>
          {submitLabel}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
