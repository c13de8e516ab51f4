import { useState } from 'react';
import { api } from '../api';
import { notifyChanged } from '../dataEvents';
import { useFilePicker } from '../useFilePicker';

interface Outcome {
  file: string;
  added: number;
  duplicates: { position: string; title: string; reason: string }[];
  problems: { position: string; message: string }[];
}

/** Import RIS, BibTeX, CSL-JSON or PubMed files; duplicates and unreadable entries are listed, the rest added. */
export function ReferenceImport() {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [error, setError] = useState<string | null>(null);

  const onFile = async (file: File) => {
    setBusy(true);
    setError(null);
    try {
      const result = await api().importReferences({ text: await file.text(), format: 'auto' });
      setOutcome({ file: file.name, added: result.added.length, duplicates: result.duplicates, problems: result.problems });
      notifyChanged('references');
    } catch (err) {
      setError(`Could not import “${file.name}”: ${(err as Error).message}`);
    } finally {
      setBusy(false);
    }
  };
  const { pick, input } = useFilePicker({
    accept: '.ris,.bib,.bibtex,.json,.nbib,.txt',
    testId: 'reference-file',
    onFile: (file) => void onFile(file),
  });

  return (
    <div className="reference-import">
      {input}
      <button type="button" onClick={pick} disabled={busy}>
        {busy ? 'Importing…' : 'Import RIS, BibTeX or CSL-JSON…'}
      </button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {outcome && (
        <div role="status" className="import-outcome">
          <p>
            {outcome.file}: {outcome.added} added
            {outcome.duplicates.length ? `, ${outcome.duplicates.length} already in the library` : ''}
            {outcome.problems.length ? `, ${outcome.problems.length} could not be read` : ''}.
          </p>
          {outcome.duplicates.length > 0 && (
            <ul aria-label="Duplicates not added">
              {outcome.duplicates.map((d) => (
                <li key={d.position}>
                  {d.position}: “{d.title}” ({d.reason})
                </li>
              ))}
            </ul>
          )}
          {outcome.problems.length > 0 && (
            <ul aria-label="Entries that could not be read">
              {outcome.problems.map((p) => (
                <li key={p.position}>
                  {p.position}: {p.message}
                </li>
              ))}
            </ul>
          )}
          <button type="button" onClick={() => setOutcome(null)}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
