import type { ReviewStatus } from '../../../shared/model';
import { REVIEW_STATUS_LABELS } from '../../../shared/review/reviewStatusLabels';
import './review.css';

const SHORT: Record<ReviewStatus, string> = { draft: 'D', 'in-review': 'R', 'changes-requested': 'C', approved: 'A' };

/** A section's review state as a small coloured badge (the outline, the review panel); the letter keeps it readable without colour. */
export function ReviewStatusBadge({ status }: { status: ReviewStatus }) {
  return (
    <span className={`review-badge review-badge-${status}`} title={REVIEW_STATUS_LABELS[status]} data-review-status={status}>
      <span aria-hidden="true">{SHORT[status]}</span>
      <span className="visually-hidden">{REVIEW_STATUS_LABELS[status]}</span>
    </span>
  );
}
