import { useState } from 'react';
import { EntityForm } from './EntityForm';
import type { CslItem } from '../../../shared/model';
import { REFERENCE_TYPES, cslToFields, fieldsToCsl, type ReferenceFields } from '../../../shared/references/referenceForm';

interface Props {
  initial?: CslItem;
  onSave(csl: CslItem): Promise<void>;
  onCancel(): void;
}

const TEXT_FIELDS: { key: keyof ReferenceFields; label: string; hint?: string }[] = [
  { key: 'title', label: 'Title' },
  { key: 'containerTitle', label: 'Journal, book or website', hint: 'container title' },
  { key: 'year', label: 'Year' },
  { key: 'volume', label: 'Volume' },
  { key: 'issue', label: 'Issue' },
  { key: 'pages', label: 'Pages', hint: 'e.g. 726–727' },
  { key: 'publisher', label: 'Publisher' },
  { key: 'place', label: 'Place of publication' },
  { key: 'edition', label: 'Edition' },
  { key: 'doi', label: 'DOI' },
  { key: 'url', label: 'URL' },
  { key: 'accessed', label: 'Accessed', hint: 'YYYY-MM-DD' },
];

export function ReferenceForm({ initial, onSave, onCancel }: Props) {
  const [fields, setFields] = useState<ReferenceFields>(cslToFields(initial ?? { type: 'article-journal' }));
  const set = (key: keyof ReferenceFields, value: string) => setFields((f) => ({ ...f, [key]: value }));

  const submit = async () => {
    if (!fields.title.trim()) return 'A reference needs a title.';
    if (fields.year.trim() && !/^\d{4}$/.test(fields.year.trim())) return 'Write the year as four digits.';
    if (fields.accessed.trim() && !/^\d{4}-\d{2}-\d{2}$/.test(fields.accessed.trim())) return 'Write the accessed date as YYYY-MM-DD.';
    await onSave(fieldsToCsl(fields, initial));
  };

  return (
    <EntityForm submitLabel="Save reference" onCancel={onCancel} onSubmit={submit}>
      <label>
        Type
        <select value={fields.type} onChange={(e) => set('type', e.target.value)}>
          {REFERENCE_TYPES.map((t) => (
            <option key={t.value} value={t.value}>
              {t.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Authors <span className="hint">(one a line: “Family, Given”, or an organisation)</span>
        <textarea value={fields.authors} rows={3} onChange={(e) => set('authors', e.target.value)} autoFocus />
      </label>
      {TEXT_FIELDS.map((f) => (
        <label key={f.key}>
          {f.label} {f.hint && <span className="hint">({f.hint})</span>}
          <input value={fields[f.key]} onChange={(e) => set(f.key, e.target.value)} />
        </label>
      ))}
    </EntityForm>
  );
}
