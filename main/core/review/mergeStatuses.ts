import type { MergeSummary } from '../../../shared/api/calls/review';
import type { SectionSummary } from '../../../shared/model';
import type { Project } from '../store/project';
import type { ReviewBaseline } from './reviewBaseline';

type StatusResult = Pick<MergeSummary, 'statusChanges' | 'statusConflicts'>;

/**
 * The rule for review statuses, per section present in both files:
 * - with a baseline (a copy made by Save review copy): the reviewer changed a status when
 *   the copy's differs from the baseline. It is applied when the writer has left that
 *   section's status as it was at the baseline; when the writer changed it too, to
 *   something else, the writer's is kept and the section is reported as a conflict.
 * - without a baseline (any other copy of the report): the copy's status is applied when
 *   it differs and the copy's section was changed more recently than the writer's.
 * Either way a second merge of the same copy finds nothing left to change.
 */
export function mergeStatuses(writer: Project, copySections: SectionSummary[], baseline: ReviewBaseline | null): StatusResult {
  const result: StatusResult = { statusChanges: [], statusConflicts: [] };
  const ours = new Map(writer.sections.list().map((s) => [s.id, s]));
  for (const theirs of copySections) {
    const mine = ours.get(theirs.id);
    if (!mine || mine.reviewStatus === theirs.reviewStatus) continue;
    const base = baseline?.statuses.get(theirs.id);
    let apply: boolean;
    if (baseline && base) {
      if (theirs.reviewStatus === base) continue; // the reviewer left it alone; the writer's change stands
      apply = mine.reviewStatus === base;
      if (!apply) {
        result.statusConflicts.push({ sectionId: mine.id, title: mine.title, writer: mine.reviewStatus, reviewer: theirs.reviewStatus });
      }
    } else {
      apply = theirs.updatedAt > mine.updatedAt;
    }
    if (!apply) continue;
    writer.sections.update({ id: mine.id, reviewStatus: theirs.reviewStatus });
    result.statusChanges.push({ sectionId: mine.id, title: mine.title, from: mine.reviewStatus, to: theirs.reviewStatus });
  }
  return result;
}
