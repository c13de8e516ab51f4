import { useMemo, useState } from 'react';
import { Modal } from './Modal';

export interface PickerOption {
  id: string;
  label: string;
  detail?: string;
}

interface Props {
  title: string;
  options: PickerOption[];
  /** Allow choosing several (citations of more than one reference). */
  multiple?: boolean;
  emptyText: string;
  onCancel(): void;
  onConfirm(ids: string[]): void;
}

/** Choose existing findings, safety items or references, filtered as you type. */
export function PickerDialog({ title, options, multiple, emptyText, onCancel, onConfirm }: Props) {
  const [filter, setFilter] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const shown = useMemo(() => {
    const f = filter.trim().toLocaleLowerCase();
    return f ? options.filter((o) => `${o.label} ${o.detail ?? ''}`.toLocaleLowerCase().includes(f)) : options;
  }, [filter, options]);
  const toggle = (id: string) =>
    setChosen((c) => (multiple ? (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]) : [id]));
  return (
    <Modal title={title} submitLabel="Insert" submitDisabled={!chosen.length} onCancel={onCancel} onSubmit={() => onConfirm(chosen)}>
      <label className="field">
        <span>Filter</span>
        <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} autoFocus />
      </label>
      {options.length === 0 ? (
        <p className="empty">{emptyText}</p>
      ) : (
        <ul className="picker-list" role="listbox" aria-label={title} aria-multiselectable={multiple}>
          {shown.map((o) => (
            <li key={o.id} role="option" aria-selected={chosen.includes(o.id)}>
              <label>
                <input type={multiple ? 'checkbox' : 'radio'} name="picker" checked={chosen.includes(o.id)} onChange={() => toggle(o.id)} />
                <span className="picker-label">{o.label}</span>
                {o.detail && <span className="picker-detail">{o.detail}</span>}
              </label>
            </li>
          ))}
        </ul>
      )}
    </Modal>
  );
}
