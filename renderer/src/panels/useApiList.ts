import { useCallback, useEffect, useState } from 'react';
import type { CasebookApi } from '../../../shared/api';
import { api } from '../api';
import { useDataVersion, type DataTopic } from '../dataEvents';

/** Loads a list through the API, reloading when its topics change; keeps a readable error instead of throwing. */
export function useApiList<T>(
  load: (client: CasebookApi) => Promise<T[]>,
  topics: DataTopic[] = [],
): { items: T[]; error: string | null; reload: () => void } {
  const [items, setItems] = useState<T[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const version = useDataVersion(...topics);
  useEffect(() => {
    let live = true;
    load(api())
      .then((list) => live && (setItems(list), setError(null)))
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
    // The loader is fixed per panel; reload on topic changes or an explicit reload.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [version, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { items, error, reload };
}
