import { useState } from 'react';
import { EntityForm } from './EntityForm';
import type { Finding } from '../../../shared/model';

export type FindingDraft = Pick<Finding, 'title' | 'statement' | 'themes' | 'evidenceNotes'>;

interface Props {
  initial?: FindingDraft;
  onSave(draft: FindingDraft): Promise<void>;
  onCancel(): void;
}

const splitThemes = (text: string) =>
  text
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);

export function FindingForm({ initial, onSave, onCancel }: Props) {
  const [title, setTitle] = useState(initial?.title ?? '');
  const [statement, setStatement] = useState(initial?.statement ?? '');
  const [themes, setThemes] = useState((initial?.themes ?? []).join(', '));
  const [evidence, setEvidence] = useState(initial?.evidenceNotes ?? '');

  const submit = async () => {
    if (!title.trim()) return 'A finding needs a title.';
    await onSave({ title: title.trim(), statement, themes: splitThemes(themes), evidenceNotes: evidence });
  };

  return (
    <EntityForm submitLabel="Save finding" onCancel={onCancel} onSubmit={submit}>
      <label>
        Title
        <input value={title} onChange={(e) => setTitle(e.target.value)} autoFocus />
      </label>
      <label>
        Statement
        <textarea value={statement} rows={4} onChange={(e) => setStatement(e.target.value)} />
      </label>
      <label>
        Themes <span className="hint">(comma separated)</span>
        <input value={themes} onChange={(e) => setThemes(e.target.value)} />
      </label>
      <label>
        Evidence notes
        <textarea value={evidence} rows={3} onChange={(e) => setEvidence(e.target.value)} />
      </label>
    </EntityForm>
  );
}
