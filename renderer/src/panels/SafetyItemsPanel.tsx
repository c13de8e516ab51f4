import { useState } from 'react';
import type { Finding, SafetyItem } from '../../../shared/model';
import { api } from '../api';
import { notifyChanged } from '../dataEvents';
import { SafetyItemForm, type SafetyItemDraft } from './SafetyItemForm';
import { useApiList } from './useApiList';

/** Safety recommendations, observations and actions; editing here updates every block that places them. */
export function SafetyItemsPanel() {
  const { items, error } = useApiList<SafetyItem>((a) => a.listSafetyItems({}), ['safetyItems', 'sections', 'meta', 'outline']);
  const { items: findings } = useApiList<Finding>((a) => a.listFindings({}), ['findings', 'sections', 'outline']);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const save = (id: string | 'new') => async (draft: SafetyItemDraft) => {
    if (id === 'new') await api().createSafetyItem({ item: draft });
    else await api().updateSafetyItem({ id, patch: draft });
    setEditing(null);
    notifyChanged('safetyItems');
  };

  const remove = async (item: SafetyItem) => {
    if (!window.confirm(`Delete ${item.code}? Blocks placing it in the text will show as missing.`)) return;
    try {
      await api().deleteSafetyItem({ id: item.id });
      notifyChanged('safetyItems');
    } catch (e) {
      setProblem((e as Error).message);
    }
  };

  const findingCode = (id: string | null) => findings.find((f) => f.id === id)?.code;

  if (error) return <p role="alert">{error}</p>;
  return (
    <div className="register-panel">
      <div className="panel-toolbar">
        <button type="button" onClick={() => setEditing('new')}>
          New safety item
        </button>
      </div>
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      {editing === 'new' && <SafetyItemForm findings={findings} onSave={save('new')} onCancel={() => setEditing(null)} />}
      {!items.length && editing !== 'new' && <p className="empty">No safety recommendations or observations yet.</p>}
      <ul className="panel-list" aria-label="Safety items">
        {items.map((item) => (
          <li key={item.id} data-safety-item-id={item.id}>
            {editing === item.id ? (
              <SafetyItemForm initial={item} findings={findings} onSave={save(item.id)} onCancel={() => setEditing(null)} />
            ) : (
              <>
                <div>
                  <strong className="code">{item.code}</strong> <span className="kind">{item.kind}</span>
                </div>
                <div className="safety-text">{item.text}</div>
                <div className="tags">
                  To: {item.addressee || <em className="error">no addressee</em>}
                  {item.findingId && ` · ${findingCode(item.findingId) ?? ''}`} · {item.status}
                </div>
                <div className="row-actions">
                  <button type="button" onClick={() => setEditing(item.id)} aria-label={`Edit ${item.code}`}>
                    Edit
                  </button>
                  <button type="button" onClick={() => void remove(item)} aria-label={`Delete ${item.code}`}>
                    Delete
                  </button>
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
