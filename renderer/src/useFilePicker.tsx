import { useCallback, useRef, type ReactElement } from 'react';

export interface FilePickerOptions {
  /** The file types offered (the input's accept attribute), e.g. ".json,application/json". */
  accept: string;
  /** Names the hidden input, so tests can hand it a file as the system's picker would. */
  testId: string;
  /** Receives the chosen file; nothing is called when the picker is cancelled. */
  onFile(file: File): void;
}

/**
 * A file picked from disk: a hidden file input to place in the page and pick(), which opens
 * the system's picker on it (browsers open one only from a click in the page). The input is
 * cleared after each choice, so choosing the same file again is seen as a new choice.
 */
export function useFilePicker({ accept, testId, onFile }: FilePickerOptions): { pick(): void; input: ReactElement } {
  const ref = useRef<HTMLInputElement>(null);
  const input = (
    <input
      ref={ref}
      type="file"
      hidden
      accept={accept}
      data-testid={testId}
      onChange={(e) => {
        const file = e.target.files?.[0];
        e.target.value = '';
        if (file) onFile(file);
      }}
    />
  );
  // Stable, so a component may subscribe with it (a menu command that opens the picker).
  const pick = useCallback(() => ref.current?.click(), []);
  return { pick, input };
}
