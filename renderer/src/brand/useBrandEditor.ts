import { useCallback, useEffect, useState } from 'react';
import { api } from '../api';

/** The brand editor is opened from the title bar, Report ▸ Brand… and Ctrl/Cmd+Alt+B (the app's Mod-Alt commands). */
export function useBrandEditor() {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const off = api().onEvent((event) => {
      if (event.type === 'menu' && event.command === 'brand') setOpen(true);
    });
    const onKey = (e: KeyboardEvent) => {
      // e.code, not e.key: with Alt held macOS types another character (∫).
      if ((e.ctrlKey || e.metaKey) && e.altKey && !e.shiftKey && e.code === 'KeyB') {
        e.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      off();
      window.removeEventListener('keydown', onKey);
    };
  }, []);
  return { open, openBrands: useCallback(() => setOpen(true), []), closeBrands: useCallback(() => setOpen(false), []) };
}
