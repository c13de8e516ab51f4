import { useCallback, useState } from 'react';
import type { SectionSummary } from '../../../shared/model';

/**
 * Word counts per section, kept current as autosave reports them, so the report total in the
 * editor's footer is right without reloading the whole outline after every save.
 */
export function useSectionWords(sections: SectionSummary[]) {
  const [saved, setSaved] = useState<Map<string, number>>(new Map());
  // A reloaded outline carries fresh counts: forget the ones autosave reported before.
  const [countedFrom, setCountedFrom] = useState(sections);
  if (countedFrom !== sections) {
    setCountedFrom(sections);
    setSaved(new Map());
  }
  const onSaved = useCallback((summary: SectionSummary) => setSaved((m) => new Map(m).set(summary.id, summary.words)), []);
  const totalExcept = (id: string) => sections.reduce((sum, s) => (s.id === id ? sum : sum + (saved.get(s.id) ?? s.words)), 0);
  return { onSaved, totalExcept };
}
