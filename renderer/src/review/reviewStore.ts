import { useSyncExternalStore } from 'react';
import type { Anchor, Comment } from '../../../shared/model';
import { api } from '../api';
import { notifyChanged } from '../dataEvents';

/** What the open section's editor offers the review panels. */
export interface EditorHandle {
  sectionId: string;
  /** The selected passage, or null when nothing (or only an atom) is selected. */
  selection(): { anchor: Anchor; quotedText: string } | null;
  /** Selects and scrolls to a thread's passage. */
  reveal(threadId: string): void;
  /** Shows which thread is chosen (null: none) and a passage being commented on. */
  highlight(activeId: string | null, draft: Anchor | null): void;
}

export interface ReviewSnapshot {
  comments: Comment[];
  loaded: boolean;
  error: string | null;
  activeThreadId: string | null;
  /** The passage a new comment is being written on, while the composer is open. */
  draft: { sectionId: string; anchor: Anchor; quotedText: string } | null;
  editorSectionId: string | null;
  /** True while the open editor has a passage selected (enables "Comment"). */
  hasSelection: boolean;
}

let state: ReviewSnapshot = {
  comments: [],
  loaded: false,
  error: null,
  activeThreadId: null,
  draft: null,
  editorSectionId: null,
  hasSelection: false,
};
let editor: EditorHandle | null = null;
let pendingReveal: string | null = null;
const listeners = new Set<() => void>();
const panelRequests = new Set<() => void>();

function set(patch: Partial<ReviewSnapshot>): void {
  state = { ...state, ...patch };
  editor?.highlight(state.activeThreadId, state.draft?.sectionId === editor.sectionId ? state.draft.anchor : null);
  listeners.forEach((l) => l());
}

export const getReviewState = () => state;

export function useReviewState(): ReviewSnapshot {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => state,
  );
}

/** Reloads every comment from the project (after a change here, a merge, or another project opening). */
export async function reloadComments(): Promise<void> {
  try {
    set({ comments: await api().listComments({}), loaded: true, error: null });
  } catch (e) {
    set({ error: (e as Error).message, loaded: true });
  }
}

/** Records anchors just saved by an editor, so an editor opened later on the section starts from them. */
export function patchAnchors(saved: { id: string; anchor: Anchor | null }[]): void {
  const byId = new Map(saved.map((s) => [s.id, s.anchor]));
  set({ comments: state.comments.map((c) => (byId.has(c.id) ? { ...c, anchor: byId.get(c.id)! } : c)) });
}

/** Runs a change, then reloads, and tells other views (the checklist counts open threads). */
export async function changeComments<T>(change: () => Promise<T>): Promise<T> {
  const result = await change();
  await reloadComments();
  notifyChanged('comments');
  return result;
}

export function registerEditor(handle: EditorHandle): () => void {
  editor = handle;
  set({ editorSectionId: handle.sectionId, hasSelection: false });
  if (pendingReveal) {
    const id = pendingReveal;
    pendingReveal = null;
    // The editor has just been created: let it lay out before scrolling.
    requestAnimationFrame(() => editor?.sectionId === handle.sectionId && handle.reveal(id));
  }
  return () => {
    if (editor !== handle) return;
    editor = null;
    set({ editorSectionId: null, hasSelection: false });
  };
}

export const reportSelection = (hasSelection: boolean) => state.hasSelection !== hasSelection && set({ hasSelection });

/** Chooses a thread: its section opens (through navigate) and its passage is selected, scrolled to and highlighted. */
export function chooseThread(thread: Comment, navigate: (sectionId: string) => void): void {
  set({ activeThreadId: thread.id });
  if (!thread.anchor) return;
  if (editor?.sectionId === thread.sectionId) editor.reveal(thread.id);
  else {
    pendingReveal = thread.id;
    navigate(thread.sectionId);
  }
}

export const setActiveThread = (id: string | null) => set({ activeThreadId: id });

/** Starts a comment on the editor's selected passage; false when nothing is selected. */
export function startDraft(): boolean {
  const selected = editor?.selection();
  if (!editor || !selected) return false;
  set({ draft: { sectionId: editor.sectionId, ...selected } });
  requestCommentsPanel();
  return true;
}

/** Asks the side panels to show Comments (a comment was started, or a highlighted passage clicked). */
export const requestCommentsPanel = () => panelRequests.forEach((l) => l());

export const cancelDraft = () => set({ draft: null });

/** Keeps the draft's passage where the text moved it (the editor maps it through edits). */
export const moveDraft = (anchor: Anchor | null) => {
  if (!state.draft) return;
  set({ draft: anchor ? { ...state.draft, anchor } : null });
};

/** Lets the side panels switch to Comments when a comment is started from the text. */
export function onCommentsWanted(listener: () => void): () => void {
  panelRequests.add(listener);
  return () => panelRequests.delete(listener);
}

export type ReviewAction = 'save-review-copy' | 'merge-review';
let pendingAction: ReviewAction | null = null;
const actionListeners = new Set<(action: ReviewAction) => void>();

/** A File menu review command: handed to the review panel now if it is open, or when it opens. */
export function requestReviewAction(action: ReviewAction): void {
  if (actionListeners.size) actionListeners.forEach((l) => l(action));
  else pendingAction = action;
}

export function onReviewAction(listener: (action: ReviewAction) => void): () => void {
  actionListeners.add(listener);
  if (pendingAction) {
    const action = pendingAction;
    pendingAction = null;
    queueMicrotask(() => listener(action));
  }
  return () => actionListeners.delete(listener);
}
