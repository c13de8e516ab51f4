import { ReviewStatus, type Comment, type SectionSummary } from '../model';
import { groupThreads, threadState } from './threads';

export interface ReviewProgress {
  /** How many sections are in each review state. */
  byStatus: Record<ReviewStatus, number>;
  sections: number;
  openThreads: number;
  resolvedThreads: number;
  /** Open threads whose passage was deleted: they need the writer's attention most. */
  detachedThreads: number;
  /** Unresolved threads per section id. */
  openBySection: Record<string, number>;
}

/** The report-wide picture of a review: sections in each state and the threads still open. */
export function reviewProgress(sections: SectionSummary[], comments: Comment[]): ReviewProgress {
  const byStatus = Object.fromEntries(ReviewStatus.options.map((s) => [s, 0])) as Record<ReviewStatus, number>;
  for (const section of sections) byStatus[section.reviewStatus]++;
  const progress: ReviewProgress = { byStatus, sections: sections.length, openThreads: 0, resolvedThreads: 0, detachedThreads: 0, openBySection: {} };
  for (const thread of groupThreads(comments)) {
    const state = threadState(thread);
    if (state === 'resolved') {
      progress.resolvedThreads++;
      continue;
    }
    progress.openThreads++;
    if (state === 'detached') progress.detachedThreads++;
    const id = thread.root.sectionId;
    progress.openBySection[id] = (progress.openBySection[id] ?? 0) + 1;
  }
  return progress;
}
