import type { MergeSummary } from '../../../shared/api/calls/review';
import { REVIEW_STATUS_LABELS } from '../../../shared/review/reviewStatusLabels';

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** A merge's summary as lines a writer reads (the CLI prints them; the app shows the same facts). */
export function describeMerge(summary: MergeSummary): string[] {
  const lines = [
    `Merged ${summary.copyPath}:`,
    `  ${count(summary.added, 'new thread')}, ${count(summary.replies, 'reply', 'replies')}, ` +
      `${summary.resolved} resolved, ${summary.reopened} reopened, ${count(summary.edited, 'edited comment')}`,
  ];
  for (const change of summary.statusChanges) {
    lines.push(`  “${change.title}”: ${REVIEW_STATUS_LABELS[change.from]} → ${REVIEW_STATUS_LABELS[change.to]}`);
  }
  for (const c of summary.statusConflicts) {
    lines.push(
      `  “${c.title}”: kept your status ${REVIEW_STATUS_LABELS[c.writer]}; the reviewer chose ${REVIEW_STATUS_LABELS[c.reviewer]}`,
    );
  }
  if (summary.skipped) lines.push(`  ${count(summary.skipped, 'comment')} skipped: their section or thread is no longer in the report`);
  const nothing = summary.added + summary.replies + summary.resolved + summary.reopened + summary.edited + summary.statusChanges.length === 0;
  if (nothing) lines.push('  Nothing new: this copy has already been merged, or the reviewer changed nothing.');
  return lines;
}
