const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** "Mod+Shift+Z" as the platform writes it: ⌘⇧Z on a Mac, Ctrl+Shift+Z elsewhere. */
export function shortcut(keys: string): string {
  if (!isMac) return keys.replace('Mod', 'Ctrl');
  return keys.replace('Mod+', '⌘').replace('Shift+', '⇧').replace('Alt+', '⌥');
}
