import { useState } from 'react';
import type { Section, SectionSummary } from '../../../../shared/model';
import { MAX_SECTION_DEPTH } from '../../../../shared/model';
import { api } from '../../api';
import { changeComments } from '../../review/reviewStore';
import { afterSelected, type MoveTarget } from './outlineMoves';

export interface Deleted {
  title: string;
  sections: Section[];
}

/**
 * The outline's changes through the API: each one reloads the outline, and a refusal (nesting too deep,
 * no project) becomes a readable message instead of a silent no-op.
 */
export function useOutlineCommands(sections: SectionSummary[], reload: () => Promise<void>, select: (id: string) => void) {
  const [problem, setProblem] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<Deleted | null>(null);

  const attempt = async <T,>(work: () => Promise<T>): Promise<T | undefined> => {
    try {
      const value = await work();
      setProblem(null);
      await reload();
      return value;
    } catch (e) {
      setProblem((e as Error).message);
      return undefined;
    }
  };

  return {
    problem,
    deleted,
    dismissProblem: () => setProblem(null),
    dismissDeleted: () => setDeleted(null),

    add: async (selectedId: string | null, asChild: boolean): Promise<string | undefined> => {
      const target: MoveTarget = asChild && selectedId
        ? { parentId: selectedId, index: sections.filter((s) => s.parentId === selectedId).length }
        : afterSelected(sections, selectedId);
      const created = await attempt(() => api().createSection({ ...target, title: 'New section' }));
      if (created) select(created.id);
      return created?.id;
    },

    rename: (id: string, title: string) => attempt(() => api().updateSection({ id, title })),

    move: (id: string, target: MoveTarget | null, refusal: string) =>
      target ? attempt(() => api().moveSection({ id, ...target })) : Promise.resolve(setProblem(refusal)),

    remove: async (section: SectionSummary) => {
      // A deleted section's comment threads are hidden with it, and come back with an undo.
      const result = await attempt(() => changeComments(() => api().deleteSection({ id: section.id })));
      if (result) setDeleted({ title: section.title, sections: result.deleted });
    },

    undoDelete: async () => {
      if (!deleted) return;
      const restored = await attempt(() => changeComments(() => api().restoreSections({ sections: deleted.sections })));
      if (restored) {
        setDeleted(null);
        select(deleted.sections[0]!.id);
      }
    },
  };
}

export const MAX_DEPTH = MAX_SECTION_DEPTH;
