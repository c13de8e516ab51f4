import { z } from 'zod';
import { call } from '../call';
import { Anchor, Comment, Id, Person, ReviewStatus, SectionSummary } from '../../model';

const Body = z.string().trim().min(1, 'a comment cannot be empty').max(20000);

/** What a merge of a review copy added or changed, for the writer to read. */
export const MergeSummary = z.object({
  copyPath: z.string(),
  /** New threads (comments on a passage). */
  added: z.number().int(),
  replies: z.number().int(),
  /** Threads the reviewer resolved. */
  resolved: z.number().int(),
  reopened: z.number().int(),
  /** Comments whose text the reviewer edited. */
  edited: z.number().int(),
  statusChanges: z.array(z.object({ sectionId: Id, title: z.string(), from: ReviewStatus, to: ReviewStatus })),
  /** Sections whose status both writer and reviewer changed since the copy was made: the writer's is kept. */
  statusConflicts: z.array(z.object({ sectionId: Id, title: z.string(), writer: ReviewStatus, reviewer: ReviewStatus })),
  /** Comments that could not be placed (their section or thread is gone from the writer's report). */
  skipped: z.number().int(),
});
export type MergeSummary = z.infer<typeof MergeSummary>;

export const reviewCalls = {
  createComment: call(
    'Start a thread on a passage of a section.',
    z.object({ sectionId: Id, anchor: Anchor.nullable(), quotedText: z.string().max(5000), body: Body, author: Person }).strict(),
    Comment,
  ),
  replyToComment: call('Reply to a thread.', z.object({ parentId: Id, body: Body, author: Person }).strict(), Comment),
  updateComment: call(
    'Change the text of your own comment.',
    z.object({ id: Id, body: Body, author: z.string().trim().min(1) }).strict(),
    Comment,
  ),
  deleteComment: call(
    'Delete your own comment (a thread goes with its replies).',
    z.object({ id: Id, author: z.string().trim().min(1) }).strict(),
    z.object({ id: Id }),
  ),
  setCommentResolved: call('Resolve or reopen a thread.', z.object({ id: Id, resolved: z.boolean() }).strict(), Comment),
  updateAnchors: call(
    'Store where threads now sit after the section’s text was edited (null: the passage was deleted).',
    z.object({ sectionId: Id, anchors: z.array(z.object({ id: Id, anchor: Anchor.nullable() }).strict()).max(10000) }).strict(),
    z.object({ updated: z.number().int() }),
  ),
  setReviewStatus: call(
    'Move a section through review: draft, in review, changes requested, approved.',
    z.object({ sectionId: Id, status: ReviewStatus }).strict(),
    SectionSummary,
  ),
  saveReviewCopy: call(
    'Save a complete copy of the report for a reviewer to comment on.',
    z.object({ path: z.string().trim().min(1) }).strict(),
    z.object({ path: z.string() }),
  ),
  mergeReviewFile: call(
    'Merge a review copy sent as bytes (picked in the window, where no file path is known).',
    z.object({ fileName: z.string().trim().min(1).max(300), base64: z.base64() }).strict(),
    MergeSummary,
  ),
  mergeReview: call(
    'Bring a reviewer’s comments, resolutions and status changes back from a review copy; the text is never changed.',
    z.object({ path: z.string().trim().min(1) }).strict(),
    MergeSummary,
  ),
};
