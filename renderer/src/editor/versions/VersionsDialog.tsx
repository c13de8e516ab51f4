import { useCallback, useEffect, useState } from 'react';
import type { Section, SnapshotSummary } from '../../../../shared/model';
import { api } from '../../api';
import { Modal } from '../dialogs/Modal';
import { getIdentity } from '../../review/identity';

const AUTHOR_KEY = 'casebook.author';

interface Props {
  sectionId: string;
  /** Writes unsaved typing first, so a version holds what the writer sees. */
  flush(): Promise<void>;
  onRestored(section: Section): void;
  onClose(): void;
}

const when = (iso: string) => new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** Save the section as a named version, list its versions, restore one (the current text is kept as a version first). */
export function VersionsDialog({ sectionId, flush, onRestored, onClose }: Props) {
  const [label, setLabel] = useState('');
  const [author, setAuthor] = useState(() => getIdentity()?.name ?? localStorage.getItem(AUTHOR_KEY) ?? '');
  const [versions, setVersions] = useState<SnapshotSummary[] | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(
    () =>
      api()
        .listSnapshots({ sectionId })
        .then(setVersions)
        .catch((e: Error) => setMessage({ error: true, text: e.message })),
    [sectionId],
  );
  useEffect(() => void load(), [load]);

  const attempt = async (work: () => Promise<string>) => {
    setBusy(true);
    try {
      await flush();
      setMessage({ error: false, text: await work() });
      await load();
    } catch (e) {
      setMessage({ error: true, text: (e as Error).message });
    } finally {
      setBusy(false);
    }
  };

  const save = () =>
    attempt(async () => {
      localStorage.setItem(AUTHOR_KEY, author.trim());
      const saved = await api().createSnapshot({ sectionId, label: label.trim(), author: author.trim() });
      setLabel('');
      return `Saved version “${saved.label}”.`;
    });

  const restore = (version: SnapshotSummary) =>
    attempt(async () => {
      const section = await api().restoreSnapshot({ id: version.id, author: author.trim() });
      onRestored(section);
      return `Restored “${version.label}”. The text before it was saved as a version, so you can go back.`;
    });

  return (
    <Modal title="Versions of this section" cancelLabel="Close" submitLabel="Save version" submitDisabled={!label.trim() || busy} onCancel={onClose} onSubmit={save}>
      <div className="field-row">
        <label className="field">
          <span>Version label</span>
          <input type="text" value={label} maxLength={200} onChange={(e) => setLabel(e.target.value)} autoFocus />
        </label>
        <label className="field">
          <span>Author</span>
          <input type="text" value={author} maxLength={200} onChange={(e) => setAuthor(e.target.value)} />
        </label>
      </div>
      {message && (
        <p className={message.error ? 'field-error' : 'field-ok'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      <h3 className="versions-heading">Saved versions</h3>
      {versions === null ? (
        <p className="empty">Loading…</p>
      ) : versions.length === 0 ? (
        <p className="empty">No versions yet.</p>
      ) : (
        <ul className="versions-list" aria-label="Saved versions">
          {versions.map((v) => (
            <li key={v.id}>
              <div>
                <strong>{v.label}</strong>
                <span className="version-meta">
                  {when(v.createdAt)}
                  {v.author && ` · ${v.author}`}
                </span>
              </div>
              <button type="button" disabled={busy} onClick={() => void restore(v)} aria-label={`Restore ${v.label}`}>
                Restore
              </button>
            </li>
          ))}
        </ul>
      )}
    </Modal>
  );
}
