import type { Reference } from '../../../shared/model';
import { useApiList } from './useApiList';

const authorsOf = (r: Reference) =>
  (r.csl.author ?? []).map((a) => a.literal ?? [a.family, a.given].filter(Boolean).join(', ')).join('; ');

const yearOf = (r: Reference) => r.csl.issued?.['date-parts']?.[0]?.[0] ?? '';

export function ReferencesPanel() {
  const { items, error } = useApiList<Reference>((a) => a.listReferences({}));
  if (error) return <p role="alert">{error}</p>;
  if (!items.length) return <p className="empty">No references yet.</p>;
  return (
    <ul className="panel-list" aria-label="References">
      {items.map((r) => (
        <li key={r.id}>
          <div className="ref-title">{r.csl.title}</div>
          <div className="ref-meta">
            {authorsOf(r)} {yearOf(r) ? `(${yearOf(r)})` : ''}
          </div>
        </li>
      ))}
    </ul>
  );
}
