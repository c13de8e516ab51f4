import { useEffect, useMemo, useState } from 'react';
import type { CitationStyle, CslItem, Reference } from '../../../shared/model';
import { referenceSearchText } from '../../../shared/references/referenceForm';
import { api } from '../api';
import { notifyChanged, useDataVersion } from '../dataEvents';
import { Bibliography } from './Bibliography';
import { ReferenceForm } from './ReferenceForm';
import { ReferenceImport } from './ReferenceImport';
import { useApiList } from './useApiList';

const authorsOf = (r: Reference) =>
  (r.csl.author ?? []).map((a) => a.literal ?? [a.family, a.given].filter(Boolean).join(', ')).join('; ');

const yearOf = (r: Reference) => r.csl.issued?.['date-parts']?.[0]?.[0] ?? '';

/** The reference library: add and edit by form, search, import files, choose the citation style. */
export function ReferencesPanel() {
  const { items, error } = useApiList<Reference>((a) => a.listReferences({}), ['references']);
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [style, setStyle] = useState<CitationStyle | null>(null);

  const shown = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return items.filter((r) => {
      const text = referenceSearchText(r.csl);
      return words.every((w) => text.includes(w));
    });
  }, [items, query]);

  const metaVersion = useDataVersion('meta');
  useEffect(() => {
    void api()
      .getMeta({})
      .then((m) => setStyle(m.citationStyle))
      .catch((e: Error) => setProblem(e.message));
  }, [metaVersion]);

  const changeStyle = async (next: CitationStyle) => {
    try {
      await api().updateMeta({ patch: { citationStyle: next } });
      setStyle(next);
      notifyChanged('meta', 'references');
    } catch (e) {
      setProblem((e as Error).message);
    }
  };

  const save = (id: string | 'new') => async (csl: CslItem) => {
    if (id === 'new') await api().createReference({ csl });
    else await api().updateReference({ id, csl });
    setEditing(null);
    notifyChanged('references');
  };

  const remove = async (r: Reference) => {
    if (!window.confirm(`Delete “${r.csl.title}” from the library?`)) return;
    try {
      await api().deleteReference({ id: r.id });
      setProblem(null);
      notifyChanged('references');
    } catch (e) {
      setProblem((e as Error).message);
    }
  };

  if (error) return <p role="alert">{error}</p>;
  return (
    <div className="register-panel">
      <div className="panel-toolbar">
        <label>
          Style{' '}
          <select value={style ?? 'vancouver'} onChange={(e) => void changeStyle(e.target.value as CitationStyle)} aria-label="Citation style">
            <option value="vancouver">Vancouver</option>
            <option value="harvard">Harvard</option>
          </select>
        </label>
        <button type="button" onClick={() => setEditing('new')}>
          New reference
        </button>
      </div>
      <ReferenceImport />
      <input
        type="search"
        className="panel-search"
        placeholder="Search references"
        aria-label="Search references"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      {editing === 'new' && <ReferenceForm onSave={save('new')} onCancel={() => setEditing(null)} />}
      {!shown.length && editing !== 'new' && <p className="empty">{query ? 'No reference matches.' : 'No references yet.'}</p>}
      <ul className="panel-list" aria-label="References">
        {shown.map((r) => (
          <li key={r.id} data-reference-id={r.id}>
            {editing === r.id ? (
              <ReferenceForm initial={r.csl} onSave={save(r.id)} onCancel={() => setEditing(null)} />
            ) : (
              <>
                <div className="ref-title">{r.csl.title}</div>
                <div className="ref-meta">
                  {authorsOf(r)} {yearOf(r) ? `(${yearOf(r)})` : ''}
                </div>
                <div className="row-actions">
                  <button type="button" onClick={() => setEditing(r.id)} aria-label={`Edit ${r.csl.title}`}>
                    Edit
                  </button>
                  <button type="button" onClick={() => void remove(r)} aria-label={`Delete ${r.csl.title}`}>
                    Delete
                  </button>
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
      <Bibliography />
    </div>
  );
}
