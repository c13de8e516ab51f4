import { keydownHandler } from '@tiptap/pm/keymap';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Anchor } from '../../../shared/model';
import { mapAnchor } from '../../../shared/review/mapAnchor';

export interface HighlightState {
  /** Where each attached thread of the section sits now; detached threads are absent. */
  anchors: ReadonlyMap<string, Anchor>;
  /** Threads whose anchor moved or was lost since the last save (null: detached). */
  moved: ReadonlyMap<string, Anchor | null>;
  /** Resolved threads are followed but not highlighted, unless chosen. */
  resolved: ReadonlySet<string>;
  active: string | null;
  draft: Anchor | null;
  decorations: DecorationSet;
}

type Meta =
  | { kind: 'load'; anchors: Record<string, Anchor | null>; resolved: string[] }
  | { kind: 'highlight'; active: string | null; draft: Anchor | null }
  | { kind: 'saved'; ids: string[] };

export const commentHighlightsKey = new PluginKey<HighlightState>('commentHighlights');

function decorate(state: Omit<HighlightState, 'decorations'>, doc: EditorState['doc']): DecorationSet {
  const size = doc.content.size;
  const fits = (a: Anchor) => a.from >= 0 && a.to <= size && a.to > a.from;
  const decorations = [...state.anchors]
    .filter(([id, anchor]) => fits(anchor) && (!state.resolved.has(id) || id === state.active))
    .map(([id, anchor]) =>
      Decoration.inline(anchor.from, anchor.to, {
        class: id === state.active ? 'comment-anchor comment-anchor-active' : 'comment-anchor',
        'data-thread-id': id,
      }),
    );
  if (state.draft && fits(state.draft)) decorations.push(Decoration.inline(state.draft.from, state.draft.to, { class: 'comment-anchor-draft' }));
  return DecorationSet.create(doc, decorations);
}

function apply(tr: Transaction, prev: HighlightState, _old: EditorState, next: EditorState): HighlightState {
  const meta = tr.getMeta(commentHighlightsKey) as Meta | undefined;
  let { anchors, moved, resolved, active, draft } = prev;
  if (tr.docChanged) {
    const mapped = new Map<string, Anchor>();
    const nextMoved = new Map(moved);
    for (const [id, anchor] of anchors) {
      const after = mapAnchor(anchor, tr.mapping);
      if (after) mapped.set(id, after);
      if (!after || after.from !== anchor.from || after.to !== anchor.to) nextMoved.set(id, after);
    }
    anchors = mapped;
    moved = nextMoved;
    draft = mapAnchor(draft, tr.mapping);
  }
  if (meta?.kind === 'load') {
    // Threads already followed here keep their local anchor: it may be newer than what is stored.
    const loaded = new Map<string, Anchor>();
    for (const [id, anchor] of Object.entries(meta.anchors)) {
      const local = anchors.get(id);
      if (local) loaded.set(id, local);
      else if (anchor && !moved.has(id)) loaded.set(id, anchor);
    }
    anchors = loaded;
    moved = new Map([...moved].filter(([id]) => id in meta.anchors));
    resolved = new Set(meta.resolved);
  } else if (meta?.kind === 'highlight') {
    ({ active, draft } = meta);
  } else if (meta?.kind === 'saved') {
    const nextMoved = new Map(moved);
    meta.ids.forEach((id) => nextMoved.delete(id));
    moved = nextMoved;
  }
  const unchangedLook = anchors === prev.anchors && resolved === prev.resolved && active === prev.active && draft === prev.draft;
  if (unchangedLook && moved === prev.moved) return prev;
  const base = { anchors, moved, resolved, active, draft };
  return { ...base, decorations: unchangedLook ? prev.decorations : decorate(base, next.doc) };
}

/**
 * Highlights the passages comment threads are anchored to, and follows them as the
 * text is edited (shared/review/mapAnchor), so they can be saved with the section.
 * Clicking a highlighted passage chooses its thread; Ctrl/Cmd+Alt+M comments on the selection.
 */
export function commentHighlights(onChoose: (threadId: string) => void, onComment: () => boolean): Plugin<HighlightState> {
  return new Plugin<HighlightState>({
    key: commentHighlightsKey,
    state: {
      init: (_config, state) => {
        const empty = { anchors: new Map(), moved: new Map(), resolved: new Set<string>(), active: null, draft: null };
        return { ...empty, decorations: decorate(empty, state.doc) };
      },
      apply,
    },
    props: {
      handleKeyDown: keydownHandler({ 'Mod-Alt-m': () => onComment() }),
      decorations: (state) => commentHighlightsKey.getState(state)?.decorations,
      handleClick: (_view, _pos, event) => {
        const id = (event.target as HTMLElement | null)?.closest?.('[data-thread-id]')?.getAttribute('data-thread-id');
        if (id) onChoose(id);
        return false;
      },
    },
  });
}

export const loadAnchors = (tr: Transaction, anchors: Record<string, Anchor | null>, resolved: string[]) =>
  tr.setMeta(commentHighlightsKey, { kind: 'load', anchors, resolved } satisfies Meta);
export const setHighlight = (tr: Transaction, active: string | null, draft: Anchor | null) =>
  tr.setMeta(commentHighlightsKey, { kind: 'highlight', active, draft } satisfies Meta);
export const markSaved = (tr: Transaction, ids: string[]) => tr.setMeta(commentHighlightsKey, { kind: 'saved', ids } satisfies Meta);
