import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

export type SaveStatus = { kind: 'saved' } | { kind: 'saving' } | { kind: 'error'; message: string; retry: () => void };

interface SaveStateValue {
  status: SaveStatus;
  setStatus(status: SaveStatus): void;
}

const SaveStateContext = createContext<SaveStateValue | null>(null);

/** Shared save state: the editor reports it, the title bar shows it. */
export function SaveStateProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'saved' });
  const value = useMemo(() => ({ status, setStatus }), [status]);
  return <SaveStateContext.Provider value={value}>{children}</SaveStateContext.Provider>;
}

export function useSaveState(): SaveStateValue {
  const value = useContext(SaveStateContext);
  if (!value) throw new Error('useSaveState must be used inside SaveStateProvider');
  return value;
}
