import type { ReviewStatus } from '../model';

/** How each review state reads in the outline, the progress view and the CLI. */
export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = {
  draft: 'Draft',
  'in-review': 'In review',
  'changes-requested': 'Changes requested',
  approved: 'Approved',
};
