import { useCallback, useEffect, useState } from 'react';
import type { ProjectInfo } from '../../shared/api';
import type { SectionSummary } from '../../shared/model';
import { api } from './api';
import { notifyChanged, useDataVersion } from './dataEvents';

export interface ProjectState {
  info: ProjectInfo | null;
  sections: SectionSummary[];
  error: string | null;
  loading: boolean;
  reload(): Promise<void>;
}

/** The open project and its outline, reloaded when main opens another project. */
export function useProject(): ProjectState {
  const [info, setInfo] = useState<ProjectInfo | null>(null);
  const [sections, setSections] = useState<SectionSummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);

  const reload = useCallback(async () => {
    try {
      const current = await api().currentProject({});
      setInfo(current);
      setSections(current ? await api().listSections({}) : []);
      setError(null);
      // Sections added, moved or deleted: codes, labels and the checklist follow the outline.
      notifyChanged('outline');
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setLoading(false);
    }
  }, []);

  // A section's review status or title changed elsewhere (the review panel): the outline shows it.
  const sectionsVersion = useDataVersion('sections');
  useEffect(() => {
    if (sectionsVersion) void reload();
  }, [sectionsVersion, reload]);

  useEffect(() => {
    void reload();
    return api().onEvent((event) => {
      if (event.type === 'project-opened') void reload();
    });
  }, [reload]);

  return { info, sections, error, loading, reload };
}
