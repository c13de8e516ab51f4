import { useCallback, useEffect, useState } from 'react';
import { api } from '../api';

export type PaneMode = 'write' | 'preview';

/** Preview mode and the export dialog, opened from the title bar, the menu or Ctrl/Cmd+Shift+E and +P. */
export function usePublishing() {
  const [mode, setMode] = useState<PaneMode>('write');
  const [exporting, setExporting] = useState(false);

  useEffect(() => {
    const off = api().onEvent((event) => {
      if (event.type === 'menu' && event.command === 'export') setExporting(true);
      if (event.type === 'menu' && event.command === 'preview') setMode((m) => (m === 'preview' ? 'write' : 'preview'));
    });
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || !e.shiftKey) return;
      const key = e.key.toLowerCase();
      if (key === 'e') setExporting(true);
      else if (key === 'p') setMode((m) => (m === 'preview' ? 'write' : 'preview'));
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      off();
      window.removeEventListener('keydown', onKey);
    };
  }, []);

  return {
    mode,
    exporting,
    togglePreview: useCallback(() => setMode((m) => (m === 'preview' ? 'write' : 'preview')), []),
    showWriting: useCallback(() => setMode('write'), []),
    openExport: useCallback(() => setExporting(true), []),
    closeExport: useCallback(() => setExporting(false), []),
  };
}
