import type { Finding } from '../../../shared/model';
import { useApiList } from './useApiList';

export function FindingsPanel() {
  const { items, error } = useApiList<Finding>((a) => a.listFindings({}));
  if (error) return <p role="alert">{error}</p>;
  if (!items.length) return <p className="empty">No findings yet.</p>;
  return (
    <ol className="panel-list" aria-label="Findings">
      {items.map((f) => (
        <li key={f.id}>
          <strong className="code">{f.code}</strong> {f.title}
          {f.themes.length > 0 && <div className="tags">{f.themes.join(' · ')}</div>}
        </li>
      ))}
    </ol>
  );
}
