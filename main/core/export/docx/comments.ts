import { CommentRangeEnd, CommentRangeStart, CommentReference, Paragraph, TextRun, type ICommentOptions, type ICommentsOptions, type ParagraphChild } from 'docx';
import type { Comment } from '../../../../shared/model';
import { xmlText } from './xmlText';

/** One Word comment range: a thread's root and its replies share it, as Word writes replies. */
interface Range {
  ids: number[];
  from: number;
  to: number;
  started: boolean;
  ended: boolean;
}

const starts = (r: Range) => r.ids.map((id) => new CommentRangeStart(id));
const ends = (r: Range): ParagraphChild[] => [
  ...r.ids.map((id) => new CommentRangeEnd(id)),
  ...r.ids.map((id) => new TextRun({ children: [new CommentReference(id)] })),
];

/**
 * A section's comment ranges, placed while the walk meets ProseMirror positions:
 * the walk asks for markers before each inline at `pos`, and for text splits,
 * so a range opens and closes at the anchored characters.
 */
export class SectionComments {
  constructor(
    private readonly anchored: Range[],
    /** Threads whose passage is gone (or out of reach): they go on the section heading. */
    readonly detached: number[],
  ) {}

  /** Positions strictly inside [from, to) where a range opens or closes, so text can be split there. */
  cuts(from: number, to: number): number[] {
    const out = new Set<number>();
    for (const r of this.anchored) {
      if (r.from > from && r.from < to) out.add(r.from);
      if (r.to > from && r.to < to) out.add(r.to);
    }
    return [...out].sort((a, b) => a - b);
  }

  /** Markers due before the content at pos: ranges ending here close, ranges starting here open. */
  at(pos: number): ParagraphChild[] {
    const out: ParagraphChild[] = [];
    for (const r of this.anchored) {
      if (!r.started && r.from <= pos) {
        r.started = true;
        out.push(...starts(r));
        if (r.to <= r.from) {
          r.ended = true;
          out.push(...ends(r));
        }
      } else if (r.started && !r.ended && r.to <= pos) {
        r.ended = true;
        out.push(...ends(r));
      }
    }
    return out;
  }

  /** Closes what ends by pos, at the end of a paragraph, without opening anything there. */
  closeBy(pos: number): ParagraphChild[] {
    const out: ParagraphChild[] = [];
    for (const r of this.anchored) {
      if (r.started && !r.ended && r.to <= pos) {
        r.ended = true;
        out.push(...ends(r));
      }
    }
    return out;
  }

  /** Everything still open or never reached, for the end of the section. */
  finish(): ParagraphChild[] {
    const out: ParagraphChild[] = [];
    for (const r of this.anchored) {
      if (!r.started) out.push(...starts(r));
      if (!r.ended) out.push(...ends(r));
      r.started = r.ended = true;
    }
    return out;
  }
}

interface Thread {
  root: Comment;
  replies: Comment[];
}

const paragraphsOf = (text: string) =>
  xmlText(text)
    .split(/\n+/)
    .map((line) => new Paragraph({ children: [new TextRun(line)] }));

/** Reviewers' comment threads as Word comments; replies point at their thread's first comment. */
export class ReviewComments {
  private readonly entries: ICommentOptions[] = [];
  private readonly bySection = new Map<string, Thread[]>();

  constructor(comments: Comment[]) {
    const byId = new Map(comments.map((c) => [c.id, c]));
    const rootOf = (c: Comment): Comment => {
      let root = c;
      for (let i = 0; i < 50 && root.parentId && byId.has(root.parentId); i++) root = byId.get(root.parentId)!;
      return root;
    };
    const threads = new Map<string, Thread>();
    for (const c of [...comments].sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
      const root = rootOf(c);
      const thread = threads.get(root.id) ?? { root, replies: [] };
      if (c !== root) thread.replies.push(c);
      threads.set(root.id, thread);
    }
    for (const thread of threads.values()) {
      const list = this.bySection.get(thread.root.sectionId) ?? [];
      list.push(thread);
      this.bySection.set(thread.root.sectionId, list);
    }
  }

  private add(thread: Thread, detached: boolean): number[] {
    const rootId = this.entries.length;
    const resolved = thread.root.resolved;
    return [thread.root, ...thread.replies].map((c, i) => {
      const id = this.entries.length;
      const lead = i === 0 && detached && c.quotedText ? `On “${c.quotedText}” (passage since removed): ` : '';
      this.entries.push({
        id,
        author: c.author || 'Reviewer',
        initials: c.authorInitials || undefined,
        date: new Date(c.createdAt),
        children: paragraphsOf(lead + c.body),
        resolved,
        ...(i > 0 ? { parentId: rootId } : {}),
      });
      return id;
    });
  }

  /** The ranges of one section; anchors past the end of its text (contentSize) count as detached. */
  forSection(sectionId: string, contentSize: number): SectionComments {
    const anchored: Range[] = [];
    const detached: number[] = [];
    for (const thread of this.bySection.get(sectionId) ?? []) {
      const anchor = thread.root.anchor;
      if (!anchor || anchor.from > contentSize) detached.push(...this.add(thread, true));
      else anchored.push({ ids: this.add(thread, false), from: anchor.from, to: Math.min(anchor.to, contentSize), started: false, ended: false });
    }
    return new SectionComments(anchored, detached);
  }

  /** Markers around a heading's text for its detached threads. */
  static around(ids: number[], children: ParagraphChild[]): ParagraphChild[] {
    if (!ids.length) return children;
    return [...ids.map((id) => new CommentRangeStart(id)), ...children, ...ends({ ids, from: 0, to: 0, started: true, ended: true })];
  }

  options(): ICommentsOptions {
    return { children: this.entries };
  }
}
