import type { Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { useEffect, useState } from 'react';
import { countWords } from '../../../shared/doc/wordCount';
import type { CitationItem } from '../../../shared/schema';

export interface DocStats {
  words: number;
  /** Reference id → citation number, by first appearance. */
  citationNumbers: Map<string, number>;
}

/** Counted after a short pause, not per keystroke: a 20,000-word section must still type smoothly. */
const STATS_DELAY_MS = 300;

export function docStats(doc: PmNode): DocStats {
  const citationNumbers = new Map<string, number>();
  doc.descendants((node) => {
    if (node.type.name !== 'citation') return true;
    for (const item of (node.attrs.items ?? []) as CitationItem[]) {
      if (!citationNumbers.has(item.referenceId)) citationNumbers.set(item.referenceId, citationNumbers.size + 1);
    }
    return false;
  });
  return { words: countWords(doc.textBetween(0, doc.content.size, '\n', ' ')), citationNumbers };
}

export function useDocStats(editor: Editor | null): DocStats {
  const [stats, setStats] = useState<DocStats>(() => (editor ? docStats(editor.state.doc) : { words: 0, citationNumbers: new Map() }));
  useEffect(() => {
    if (!editor) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onUpdate = () => {
      clearTimeout(timer);
      timer = setTimeout(() => !editor.isDestroyed && setStats(docStats(editor.state.doc)), STATS_DELAY_MS);
    };
    editor.on('update', onUpdate);
    return () => {
      clearTimeout(timer);
      editor.off('update', onUpdate);
    };
  }, [editor]);
  return stats;
}
