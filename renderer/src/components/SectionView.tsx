import { useEffect, useState } from 'react';
import type { SectionSummary } from '../../../shared/model';
import { api } from '../api';
import { clearEntries, createEntry, takeEntry, type EditorEntry } from '../editor/editorCache';
import { SectionEditor } from '../editor/SectionEditor';
import '../editor/editor.css';

interface Props {
  sectionId: string;
  number: string;
  /** The title as the outline has it (renames happen there). */
  title: string;
  readOnly: boolean;
  otherWords: number;
  onSaved(summary: SectionSummary): void;
}

/** Opens one section in the editor: a recently open one at once, another once it is loaded. */
export function SectionView({ sectionId, number, title, readOnly, otherWords, onSaved }: Props) {
  const [entry, setEntry] = useState<EditorEntry | null>(() => takeEntry(sectionId) ?? null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (entry) return;
    let live = true;
    api()
      .getSection({ id: sectionId })
      .then((section) => live && (setEntry(createEntry(section, readOnly)), setError(null)))
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [entry, sectionId, readOnly]);

  // Kept editors belong to the project they were opened from.
  useEffect(() => api().onEvent((event) => event.type === 'project-opened' && clearEntries()), []);

  if (error) return <p role="alert" className="error">Cannot open this section: {error}</p>;
  if (!entry) return <p className="empty">Opening section…</p>;
  return <SectionEditor key={entry.sectionId} entry={entry} number={number} title={title} readOnly={readOnly} otherWords={otherWords} onSaved={onSaved} />;
}
