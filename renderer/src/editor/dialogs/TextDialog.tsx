import { useState } from 'react';
import { Modal } from './Modal';

interface Props {
  title: string;
  label: string;
  submitLabel: string;
  initial?: string;
  multiline?: boolean;
  onCancel(): void;
  onConfirm(text: string): void;
}

/** One required line (or paragraph) of text: footnotes, section titles. */
export function TextDialog({ title, label, submitLabel, initial = '', multiline, onCancel, onConfirm }: Props) {
  const [text, setText] = useState(initial);
  return (
    <Modal title={title} submitLabel={submitLabel} submitDisabled={!text.trim()} onCancel={onCancel} onSubmit={() => onConfirm(text.trim())}>
      <label className="field">
        <span>{label}</span>
        {multiline ? (
          <textarea rows={4} value={text} onChange={(e) => setText(e.target.value)} autoFocus />
        ) : (
          <input type="text" value={text} onChange={(e) => setText(e.target.value)} autoFocus />
        )}
      </label>
    </Modal>
  );
}
