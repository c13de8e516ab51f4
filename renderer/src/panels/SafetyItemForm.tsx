import { useState } from 'react';
import { EntityForm } from './EntityForm';
import type { Finding, SafetyItem } from '../../../shared/model';

export type SafetyItemDraft = Pick<SafetyItem, 'kind' | 'text' | 'addressee' | 'findingId' | 'status'>;

const KINDS: SafetyItem['kind'][] = ['recommendation', 'observation', 'action'];
const STATUSES: SafetyItem['status'][] = ['draft', 'agreed', 'issued', 'responded', 'closed'];

interface Props {
  initial?: SafetyItemDraft;
  findings: Finding[];
  onSave(draft: SafetyItemDraft): Promise<void>;
  onCancel(): void;
}

export function SafetyItemForm({ initial, findings, onSave, onCancel }: Props) {
  const [draft, setDraft] = useState<SafetyItemDraft>(
    initial ?? { kind: 'recommendation', text: '', addressee: '', findingId: null, status: 'draft' },
  );
  const set = <K extends keyof SafetyItemDraft>(key: K, value: SafetyItemDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const submit = async () => {
    if (!draft.text.trim()) return 'Write the text of the safety item.';
    await onSave({ ...draft, text: draft.text.trim(), addressee: draft.addressee.trim() });
  };

  return (
    <EntityForm submitLabel="Save safety item" onCancel={onCancel} onSubmit={submit}>
      <label>
        Kind
        <select value={draft.kind} onChange={(e) => set('kind', e.target.value as SafetyItem['kind'])}>
          {KINDS.map((k) => (
            <option key={k}>{k}</option>
          ))}
        </select>
      </label>
      <label>
        Addressee <span className="hint">(organisation)</span>
        <input value={draft.addressee} onChange={(e) => set('addressee', e.target.value)} />
      </label>
      <label>
        Text
        <textarea value={draft.text} rows={4} onChange={(e) => set('text', e.target.value)} autoFocus />
      </label>
      <label>
        Linked finding
        <select value={draft.findingId ?? ''} onChange={(e) => set('findingId', e.target.value || null)}>
          <option value="">None</option>
          {findings.map((f) => (
            <option key={f.id} value={f.id}>
              {f.code} {f.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        Status
        <select value={draft.status} onChange={(e) => set('status', e.target.value as SafetyItem['status'])}>
          {STATUSES.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
      </label>
    </EntityForm>
  );
}
