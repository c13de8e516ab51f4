import { useState, type FormEvent, type ReactNode } from 'react';

interface Props {
  submitLabel: string;
  onCancel(): void;
  /** Saves; returns a message when the input is not acceptable, or throws the engine's error. */
  onSubmit(): Promise<string | void>;
  children: ReactNode;
}

/** The frame of every register and library form: fields, a readable error, Save and Cancel (Escape cancels). */
export function EntityForm({ submitLabel, onCancel, onSubmit, children }: Props) {
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const problem = await onSubmit();
      setError(problem || null);
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <form className="entity-form" onSubmit={(e) => void submit(e)} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      {children}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit">{submitLabel}</button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
