import { resolve } from 'node:path';
import type { Node as PmNode } from '@tiptap/pm/model';
import type { MergeSummary } from '../../../shared/api/calls/review';
import type { Comment, Section } from '../../../shared/model';
import { reanchor } from '../../../shared/review/reanchor';
import { reportSchema } from '../../../shared/schema';
import { CasebookFailure, conflict } from '../store/errors';
import type { OpenOptions } from '../store/openDatabase';
import { Project } from '../store/project';
import { readBaseline, type ReviewBaseline } from './reviewBaseline';
import { mergeStatuses } from './mergeStatuses';

let schema: ReturnType<typeof reportSchema> | undefined;

/** Roots before replies, each oldest first, so a reply's thread is always there before it. */
const rootsFirst = (comments: Comment[]) =>
  [...comments].sort((a, b) => Number(a.parentId !== null) - Number(b.parentId !== null) || a.createdAt.localeCompare(b.createdAt));

/**
 * Brings a reviewer's work back from a review copy into the writer's project, in one transaction:
 * - comments whose ids the writer has never had are added (a thread is re-anchored on the
 *   writer's current text by its quoted passage, or detached if the passage is gone);
 * - a comment the writer deleted after making the copy is not brought back;
 * - a comment both hold takes the copy's words and resolution when the copy's is newer;
 * - review statuses merge three ways against the copy's baseline (see mergeStatuses).
 * Section text, titles and everything else of the writer's are never touched, and merging
 * the same copy again changes nothing.
 */
export function mergeReview(writer: Project, copyPath: string, options: OpenOptions = {}): MergeSummary {
  const path = resolve(copyPath);
  if (path === resolve(writer.path)) throw conflict('That is the report itself; choose the review copy the reviewer sent back.');
  const copy = Project.open(path, options);
  try {
    const ours = writer.meta.get();
    const theirs = copy.meta.get();
    if (ours.reportId !== theirs.reportId) {
      throw new CasebookFailure(
        'conflict',
        `This review copy belongs to another report: “${theirs.title || 'Untitled report'}” (id ${theirs.reportId}). ` +
          `It cannot be merged into “${ours.title || 'Untitled report'}”.`,
      );
    }
    const baseline = readBaseline(copy.db);
    const copySections = copy.sections.list();
    const copyComments = copy.comments.list();
    return writer.transaction(() => {
      const summary = mergeComments(writer, copyComments, baseline);
      const statuses = mergeStatuses(writer, copySections, baseline);
      return { copyPath: path, ...summary, ...statuses };
    });
  } finally {
    copy.close();
  }
}

type CommentCounts = Pick<MergeSummary, 'added' | 'replies' | 'resolved' | 'reopened' | 'edited' | 'skipped'>;

function mergeComments(writer: Project, incoming: Comment[], baseline: ReviewBaseline | null): CommentCounts {
  const counts: CommentCounts = { added: 0, replies: 0, resolved: 0, reopened: 0, edited: 0, skipped: 0 };
  const existing = new Map(writer.comments.list().map((c) => [c.id, c]));
  const sections = new Map<string, Section | null>();
  const sectionOf = (id: string) => {
    if (!sections.has(id)) sections.set(id, writer.db.prepare('SELECT 1 FROM sections WHERE id = ? AND deleted_at IS NULL').get(id) ? writer.sections.get(id) : null);
    return sections.get(id)!;
  };
  const docs = new Map<string, PmNode>();
  const docOf = (section: Section) => {
    schema ??= reportSchema();
    if (!docs.has(section.id)) docs.set(section.id, schema.nodeFromJSON(section.content));
    return docs.get(section.id)!;
  };
  // Keeps the reviewer's time: updated_at is what tells a later merge the two agree.
  const take = writer.db.prepare('UPDATE comments SET body = ?, resolved = ?, updated_at = ? WHERE id = ?');

  for (const comment of rootsFirst(incoming)) {
    const mine = existing.get(comment.id);
    if (mine) {
      if (comment.updatedAt <= mine.updatedAt) continue;
      if (comment.body === mine.body && comment.resolved === mine.resolved) continue;
      take.run(comment.body, comment.resolved ? 1 : 0, comment.updatedAt, comment.id);
      if (comment.body !== mine.body) counts.edited++;
      if (comment.resolved && !mine.resolved) counts.resolved++;
      if (!comment.resolved && mine.resolved) counts.reopened++;
      continue;
    }
    if (baseline?.commentIds.has(comment.id)) continue; // the writer deleted it after making the copy
    const section = sectionOf(comment.sectionId);
    if (!section || (comment.parentId && !existing.has(comment.parentId))) {
      counts.skipped++;
      continue;
    }
    const anchor = comment.parentId ? null : reanchor(docOf(section), comment.anchor, comment.quotedText);
    const added = writer.comments.create({ ...comment, anchor }, comment);
    existing.set(added.id, added);
    if (comment.parentId) counts.replies++;
    else {
      counts.added++;
      if (comment.resolved) counts.resolved++;
    }
  }
  return counts;
}
