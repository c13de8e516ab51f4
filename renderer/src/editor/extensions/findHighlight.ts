import { Extension } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

export interface FindState {
  query: string;
  matches: { from: number; to: number }[];
  current: number;
  decorations: DecorationSet;
}

export const findKey = new PluginKey<FindState>('find');

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    find: {
      /** Highlights every match of query (case-insensitive); an empty query clears. */
      setFindQuery: (query: string) => ReturnType;
      /** Selects the next (or previous) match and scrolls it into view. */
      findNext: (direction?: 1 | -1) => ReturnType;
    };
  }
}

/** Text matches block by block, so a match never spans two paragraphs. */
function findMatches(doc: PmNode, query: string): { from: number; to: number }[] {
  if (!query) return [];
  const needle = query.toLocaleLowerCase();
  const out: { from: number; to: number }[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    // Build the block's text with a map back to document positions (inline atoms count as one char).
    let text = '';
    const starts: number[] = [];
    node.forEach((child, offset) => {
      const start = pos + 1 + offset;
      const piece = child.isText ? child.text! : '\ufffc';
      for (let i = 0; i < piece.length; i++) starts.push(start + i);
      text += piece;
    });
    const hay = text.toLocaleLowerCase();
    for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + needle.length)) {
      out.push({ from: starts[i]!, to: starts[i + needle.length - 1]! + 1 });
    }
    return false;
  });
  return out;
}

function build(doc: PmNode, query: string, current: number): FindState {
  const matches = findMatches(doc, query);
  const index = matches.length ? Math.min(current, matches.length - 1) : -1;
  const decorations = DecorationSet.create(
    doc,
    matches.map((m, i) => Decoration.inline(m.from, m.to, { class: i === index ? 'find-match find-current' : 'find-match' })),
  );
  return { query, matches, current: index, decorations };
}

const empty = (): FindState => ({ query: '', matches: [], current: -1, decorations: DecorationSet.empty });

/** Find within the section: highlights matches as decorations, never touching the document. */
export const FindHighlight = Extension.create({
  name: 'findHighlight',
  addProseMirrorPlugins() {
    return [
      new Plugin<FindState>({
        key: findKey,
        state: {
          init: empty,
          apply(tr, value, _old, state) {
            const meta = tr.getMeta(findKey) as { query?: string; current?: number } | undefined;
            if (meta) return build(state.doc, meta.query ?? value.query, meta.current ?? 0);
            // Skip the work while find is closed: this runs on every keystroke of a long section.
            if (!value.query || !tr.docChanged) return value;
            return build(state.doc, value.query, value.current);
          },
        },
        props: { decorations: (state) => findKey.getState(state)?.decorations },
      }),
    ];
  },
  addCommands() {
    return {
      setFindQuery:
        (query) =>
        ({ tr, dispatch }) => {
          dispatch?.(tr.setMeta(findKey, { query, current: -1 }));
          return true;
        },
      findNext:
        (direction = 1) =>
        ({ state, tr, dispatch }) => {
          const find = findKey.getState(state);
          if (!find || !find.matches.length) return false;
          const count = find.matches.length;
          const next = find.current < 0 ? (direction === 1 ? 0 : count - 1) : (find.current + direction + count) % count;
          const match = find.matches[next]!;
          if (dispatch) {
            tr.setMeta(findKey, { query: find.query, current: next });
            tr.setSelection(TextSelection.create(tr.doc, match.from, match.to)).scrollIntoView();
            dispatch(tr);
          }
          return true;
        },
    };
  },
});
