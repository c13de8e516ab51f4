import type { Comment } from '../model';

/** A comment that starts a conversation on a passage, with its replies oldest first. */
export interface Thread {
  root: Comment;
  replies: Comment[];
}

export type ThreadState = 'open' | 'resolved' | 'detached';

export interface ThreadFilter {
  sectionId?: string | null;
  /** Threads this person started or replied to. */
  author?: string | null;
  state?: ThreadState | 'all';
}

/** Groups comments into threads; replies to a missing parent are shown as threads of their own rather than lost. */
export function groupThreads(comments: Comment[]): Thread[] {
  const ids = new Set(comments.map((c) => c.id));
  const threads = new Map<string, Thread>();
  for (const comment of comments) {
    if (!comment.parentId || !ids.has(comment.parentId)) threads.set(comment.id, { root: comment, replies: [] });
  }
  for (const comment of comments) {
    if (comment.parentId && threads.has(comment.parentId)) threads.get(comment.parentId)!.replies.push(comment);
  }
  const byTime = (a: Comment, b: Comment) => a.createdAt.localeCompare(b.createdAt);
  for (const thread of threads.values()) thread.replies.sort(byTime);
  return [...threads.values()];
}

/** A detached thread lost its passage; it is open or resolved like any other, but shown apart. */
export const threadState = (thread: Thread): ThreadState =>
  thread.root.resolved ? 'resolved' : thread.root.anchor === null ? 'detached' : 'open';

export const threadAuthors = (thread: Thread): string[] => [...new Set([thread.root, ...thread.replies].map((c) => c.author))];

export function filterThreads(threads: Thread[], filter: ThreadFilter): Thread[] {
  return threads.filter(
    (t) =>
      (!filter.sectionId || t.root.sectionId === filter.sectionId) &&
      (!filter.author || threadAuthors(t).includes(filter.author)) &&
      (!filter.state || filter.state === 'all' || threadState(t) === filter.state),
  );
}

/** Everyone who has commented, for the author filter, in alphabetical order. */
export const commentAuthors = (comments: Comment[]): string[] =>
  [...new Set(comments.map((c) => c.author))].sort((a, b) => a.localeCompare(b, 'en-GB'));

/** Orders threads as a reader meets them: by section (outline order), then by position in the text; detached last. */
export function sortThreads(threads: Thread[], sectionOrder: string[]): Thread[] {
  const rank = new Map(sectionOrder.map((id, i) => [id, i]));
  const position = (t: Thread) => t.root.anchor?.from ?? Number.MAX_SAFE_INTEGER;
  return [...threads].sort(
    (a, b) =>
      (rank.get(a.root.sectionId) ?? Infinity) - (rank.get(b.root.sectionId) ?? Infinity) ||
      position(a) - position(b) ||
      a.root.createdAt.localeCompare(b.root.createdAt),
  );
}
