import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { createRoot } from 'react-dom/client';
import type { Person } from '../../../shared/model';
import { getIdentity, setIdentity, suggestInitials } from './identity';
import './review.css';

interface Props {
  firstUse: boolean;
  onDone(person: Person | null): void;
}

/** Asks for the name and initials that every comment and version will carry. */
export function IdentityDialog({ firstUse, onDone }: Props) {
  const current = getIdentity();
  const [name, setName] = useState(current?.name ?? '');
  const [initials, setInitials] = useState(current?.initials ?? '');
  const [touchedInitials, setTouchedInitials] = useState(Boolean(current));
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    try {
      onDone(setIdentity({ name, initials: initials || suggestInitials(name) }));
    } catch (err) {
      setError((err as Error).message);
    }
  };

  return (
    <dialog ref={ref} className="review-dialog" aria-labelledby={`${id}-title`} onCancel={() => onDone(null)}>
      <form onSubmit={submit}>
        <h2 id={`${id}-title`}>{firstUse ? 'Who is commenting?' : 'Your name'}</h2>
        <p className="review-hint">
          Your name and initials go on every comment and saved version, so writers and reviewers can tell whose they are.
        </p>
        <label>
          Name
          <input
            autoFocus
            value={name}
            maxLength={200}
            onChange={(e) => {
              setName(e.target.value);
              if (!touchedInitials) setInitials(suggestInitials(e.target.value));
            }}
          />
        </label>
        <label>
          Initials
          <input
            value={initials}
            maxLength={4}
            className="initials-input"
            onChange={(e) => {
              setTouchedInitials(true);
              setInitials(e.target.value.toUpperCase());
            }}
          />
        </label>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div className="review-dialog-actions">
          <button type="button" onClick={() => onDone(null)}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!name.trim()}>
            Save
          </button>
        </div>
      </form>
    </dialog>
  );
}

/** Opens the dialog in a root of its own, so any part of the window can ask without a host component. */
export function editIdentity(firstUse = false): Promise<Person | null> {
  return new Promise((resolve) => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    const done = (person: Person | null) => {
      root.unmount();
      host.remove();
      resolve(person);
    };
    root.render(<IdentityDialog firstUse={firstUse} onDone={done} />);
  });
}

/** The current identity, asking for it on first use; null when the person cancels. */
export async function requireIdentity(): Promise<Person | null> {
  return getIdentity() ?? editIdentity(true);
}
