import { keydownHandler } from '@tiptap/pm/keymap';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Anchor } from '../../../shared/model';
import { mapAnchor } from '../../../shared/review/mapAnchor';
import { bringsTextBack, reattach } from './reattach';

export interface HighlightState {
  /** Where each attached thread of the section sits now; detached threads are absent. */
  anchors: ReadonlyMap<string, Anchor>;
  /** Threads whose anchor moved or was lost since the last save (null: detached). */
  moved: ReadonlyMap<string, Anchor | null>;
  /** Resolved threads are followed but not highlighted, unless chosen. */
  resolved: ReadonlySet<string>;
  quotes: ReadonlyMap<string, string>;
  /** Threads detached while this editor was open, with where their passage was (for undo). */
  lost: ReadonlyMap<string, number>;
  active: string | null;
  draft: Anchor | null;
  decorations: DecorationSet;
}

type Meta =
  | { kind: 'load'; threads: ThreadAnchor[] }
  | { kind: 'highlight'; active: string | null; draft: Anchor | null }
  | { kind: 'saved'; ids: string[] };

/** What the editor needs to know of a thread of its section. */
export interface ThreadAnchor {
  id: string;
  anchor: Anchor | null;
  quotedText: string;
  resolved: boolean;
}

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

function apply(tr: Transaction, prev: HighlightState, old: EditorState, next: EditorState): HighlightState {
  const meta = tr.getMeta(commentHighlightsKey) as Meta | undefined;
  let { anchors, moved, resolved, quotes, lost, active, draft } = prev;
  if (tr.docChanged) {
    const mapped = new Map<string, Anchor>();
    const nextMoved = new Map(moved);
    const nextLost = new Map([...lost].map(([id, pos]) => [id, tr.mapping.map(pos, -1)]));
    for (const [id, anchor] of anchors) {
      const after = mapAnchor(anchor, tr.mapping);
      if (after) mapped.set(id, after);
      else nextLost.set(id, tr.mapping.map(anchor.from, -1));
      if (!after || after.from !== anchor.from || after.to !== anchor.to) nextMoved.set(id, after);
    }
    if (nextLost.size && bringsTextBack(tr, old.doc)) reattach(next.doc, nextLost, quotes, mapped, nextMoved);
    anchors = mapped;
    moved = nextMoved;
    lost = nextLost;
    draft = mapAnchor(draft, tr.mapping);
  }
  if (meta?.kind === 'load') {
    // Threads already followed here keep their local anchor: it may be newer than what is stored.
    const loaded = new Map<string, Anchor>();
    const ids = new Set(meta.threads.map((t) => t.id));
    for (const { id, anchor } of meta.threads) {
      const local = anchors.get(id);
      if (local) loaded.set(id, local);
      else if (anchor && !moved.has(id)) loaded.set(id, anchor);
    }
    anchors = loaded;
    moved = new Map([...moved].filter(([id]) => ids.has(id)));
    lost = new Map([...lost].filter(([id]) => ids.has(id)));
    resolved = new Set(meta.threads.filter((t) => t.resolved).map((t) => t.id));
    quotes = new Map(meta.threads.map((t) => [t.id, t.quotedText]));
  } else if (meta?.kind === 'highlight') {
    ({ active, draft } = meta);
  } else if (meta?.kind === 'saved') {
    const nextMoved = new Map(moved);
    meta.ids.forEach((id) => nextMoved.delete(id));
    moved = nextMoved;
  }
  const unchangedLook = anchors === prev.anchors && resolved === prev.resolved && active === prev.active && draft === prev.draft;
  if (unchangedLook && moved === prev.moved) return prev;
  const base = { anchors, moved, resolved, quotes, lost, active, draft };
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
        const empty = { anchors: new Map(), moved: new Map(), resolved: new Set<string>(), quotes: new Map(), lost: new Map(), active: null, draft: null };
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

export const loadAnchors = (tr: Transaction, threads: ThreadAnchor[]) => tr.setMeta(commentHighlightsKey, { kind: 'load', threads } satisfies Meta);
export const setHighlight = (tr: Transaction, active: string | null, draft: Anchor | null) =>
  tr.setMeta(commentHighlightsKey, { kind: 'highlight', active, draft } satisfies Meta);
export const markSaved = (tr: Transaction, ids: string[]) => tr.setMeta(commentHighlightsKey, { kind: 'saved', ids } satisfies Meta);
