import { useEffect, useState } from 'react';
import type { CasebookApi } from '../../../shared/api';
import { api } from '../api';

/** Loads a list through the API once, keeping a readable error instead of throwing. */
export function useApiList<T>(load: (client: CasebookApi) => Promise<T[]>): { items: T[]; error: string | null } {
  const [items, setItems] = useState<T[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    load(api())
      .then((list) => live && setItems(list))
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
    // The loader is fixed per panel.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return { items, error };
}
