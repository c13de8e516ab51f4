import type { ThreadFilter, ThreadState } from '../../../shared/review/threads';

export interface SectionOption {
  id: string;
  label: string;
}

interface Props {
  filter: Required<ThreadFilter>;
  sections: SectionOption[];
  authors: string[];
  onChange(filter: Required<ThreadFilter>): void;
}

const STATES: { value: ThreadState | 'all'; label: string }[] = [
  { value: 'open', label: 'Open' },
  { value: 'resolved', label: 'Resolved' },
  { value: 'detached', label: 'Detached' },
  { value: 'all', label: 'All' },
];

/** Narrow the threads by section, by who took part, and by state. */
export function ThreadFilters({ filter, sections, authors, onChange }: Props) {
  return (
    <fieldset className="thread-filters">
      <legend className="visually-hidden">Filter comments</legend>
      <label>
        Section
        <select value={filter.sectionId ?? ''} onChange={(e) => onChange({ ...filter, sectionId: e.target.value || null })}>
          <option value="">All sections</option>
          {sections.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Author
        <select value={filter.author ?? ''} onChange={(e) => onChange({ ...filter, author: e.target.value || null })}>
          <option value="">Everyone</option>
          {authors.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </label>
      <label>
        Show
        <select value={filter.state} onChange={(e) => onChange({ ...filter, state: e.target.value as ThreadState | 'all' })}>
          {STATES.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
