import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

interface ModalProps {
  title: string;
  onCancel(): void;
  onSubmit(): void;
  submitLabel: string;
  submitDisabled?: boolean;
  /** "Close" where nothing is lost by leaving (the versions list). */
  cancelLabel?: string;
  children: ReactNode;
}

/**
 * A native modal <dialog> (focus kept inside, Escape cancels) rendered at the body, so dialogs opened
 * from node views are not inside the editor's contenteditable.
 */
export function Modal({ title, onCancel, onSubmit, submitLabel, submitDisabled, cancelLabel = 'Cancel', children }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!submitDisabled) onSubmit();
  };
  return createPortal(
    <dialog
      ref={ref}
      className="modal"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <form onSubmit={submit}>
        <h2 id={titleId}>{title}</h2>
        {children}
        <div className="modal-actions">
          <button type="button" onClick={onCancel}>
            {cancelLabel}
          </button>
          <button type="submit" className="primary" disabled={submitDisabled}>
            {submitLabel}
          </button>
        </div>
      </form>
    </dialog>,
    document.body,
  );
}
