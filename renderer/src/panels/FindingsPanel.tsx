import { useMemo, useState } from 'react';
import type { Finding } from '../../../shared/model';
import { api } from '../api';
import { notifyChanged } from '../dataEvents';
import { FindingForm, type FindingDraft } from './FindingForm';
import { FindingUsage } from './FindingUsage';
import { useApiList } from './useApiList';

/** The findings register: codes follow the order findings are first mentioned in the report. */
export function FindingsPanel() {
  const { items, error } = useApiList<Finding>((a) => a.listFindings({}), ['findings', 'sections', 'outline']);
  const [theme, setTheme] = useState('');
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const themes = useMemo(() => [...new Set(items.flatMap((f) => f.themes))].sort(), [items]);
  const shown = theme ? items.filter((f) => f.themes.includes(theme)) : items;

  const run = async (action: () => Promise<unknown>) => {
    try {
      await action();
      setProblem(null);
      notifyChanged('findings');
    } catch (e) {
      setProblem((e as Error).message);
    }
  };

  const save = (id: string | 'new') => async (draft: FindingDraft) => {
    if (id === 'new') await api().createFinding({ finding: draft });
    else await api().updateFinding({ id, patch: draft });
    setEditing(null);
    notifyChanged('findings');
  };

  const move = (index: number, delta: number) => {
    const ids = items.map((f) => f.id);
    const [moved] = ids.splice(index, 1);
    ids.splice(index + delta, 0, moved!);
    return run(() => api().reorderFindings({ ids }));
  };

  const remove = (f: Finding) => {
    if (window.confirm(`Delete finding ${f.code} “${f.title}”? Mentions of it in the text will show as missing.`)) {
      void run(() => api().deleteFinding({ id: f.id }));
    }
  };

  if (error) return <p role="alert">{error}</p>;
  return (
    <div className="register-panel">
      <div className="panel-toolbar">
        <label>
          Theme{' '}
          <select value={theme} onChange={(e) => setTheme(e.target.value)} aria-label="Filter findings by theme">
            <option value="">All themes</option>
            {themes.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => setEditing('new')}>
          New finding
        </button>
      </div>
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      {editing === 'new' && <FindingForm onSave={save('new')} onCancel={() => setEditing(null)} />}
      {!shown.length && editing !== 'new' && <p className="empty">No findings{theme ? ` on “${theme}”` : ''} yet.</p>}
      <ol className="panel-list" aria-label="Findings">
        {shown.map((f) => {
          const index = items.indexOf(f);
          return (
            <li key={f.id} data-finding-id={f.id}>
              {editing === f.id ? (
                <FindingForm initial={f} onSave={save(f.id)} onCancel={() => setEditing(null)} />
              ) : (
                <>
                  <div>
                    <strong className="code">{f.code}</strong> {f.title}
                  </div>
                  {f.themes.length > 0 && <div className="tags">{f.themes.join(' · ')}</div>}
                  <FindingUsage findingId={f.id} />
                  <div className="row-actions">
                    <button type="button" onClick={() => setEditing(f.id)} aria-label={`Edit ${f.code}`}>
                      Edit
                    </button>
                    <button type="button" disabled={index === 0 || !!theme} onClick={() => void move(index, -1)} aria-label={`Move ${f.code} up`}>
                      ↑
                    </button>
                    <button
                      type="button"
                      disabled={index === items.length - 1 || !!theme}
                      onClick={() => void move(index, 1)}
                      aria-label={`Move ${f.code} down`}
                    >
                      ↓
                    </button>
                    <button type="button" onClick={() => remove(f)} aria-label={`Delete ${f.code}`}>
                      Delete
                    </button>
                  </div>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
