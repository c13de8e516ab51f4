import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';
import { findKey } from './extensions/findHighlight';

/** Find within the section: Enter goes to the next match, Shift+Enter the previous, Escape closes. */
export function FindBar({ editor, onClose }: { editor: Editor; onClose(): void }) {
  const [query, setQuery] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const found = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const state = findKey.getState(e.state);
      return { count: state?.matches.length ?? 0, current: state?.current ?? -1 };
    },
  });

  useEffect(() => {
    input.current?.focus();
    return () => {
      if (!editor.isDestroyed) editor.commands.setFindQuery('');
    };
  }, [editor]);

  const close = () => {
    onClose();
    editor.commands.focus();
  };

  return (
    <div className="find-bar" role="search" aria-label="Find in section">
      <input
        ref={input}
        type="search"
        aria-label="Find in section"
        placeholder="Find in section"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          editor.commands.setFindQuery(e.target.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            editor.commands.findNext(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            close();
          }
        }}
      />
      <span className="find-count" aria-live="polite" data-testid="find-count">
        {query ? (found.count ? `${found.current + 1 > 0 ? found.current + 1 : 0} of ${found.count}` : 'No matches') : ''}
      </span>
      <button type="button" onClick={() => editor.commands.findNext(-1)} disabled={!found.count} aria-label="Previous match">↑</button>
      <button type="button" onClick={() => editor.commands.findNext(1)} disabled={!found.count} aria-label="Next match">↓</button>
      <button type="button" onClick={close} aria-label="Close find">✕</button>
    </div>
  );
}
