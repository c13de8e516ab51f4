import { useEffect, useState } from 'react';
import type { Section, SectionSummary } from '../../../shared/model';
import { api } from '../api';
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

/** Loads one section and opens it in the editor. */
export function SectionView({ sectionId, number, title, readOnly, otherWords, onSaved }: Props) {
  const [section, setSection] = useState<Section | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api()
      .getSection({ id: sectionId })
      .then((s) => live && (setSection(s), setError(null)))
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [sectionId]);

  if (error) return <p role="alert" className="error">Cannot open this section: {error}</p>;
  if (!section) return <p className="empty">Opening section…</p>;
  return <SectionEditor key={section.id} section={section} number={number} title={title || section.title} readOnly={readOnly} otherWords={otherWords} onSaved={onSaved} />;
}
