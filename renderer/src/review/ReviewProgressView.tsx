import { useMemo, useState, type ReactNode } from 'react';
import { ReviewStatus, type SectionSummary } from '../../../shared/model';
import { sectionNumbers } from '../../../shared/numbering/sectionNumbers';
import { reviewProgress } from '../../../shared/review/reviewProgress';
import { REVIEW_STATUS_LABELS } from '../../../shared/review/reviewStatusLabels';
import { api } from '../api';
import { notifyChanged } from '../dataEvents';
import { useNavigation } from '../navigation';
import { ReviewStatusBadge } from './ReviewStatusBadge';
import { useReviewState } from './reviewStore';

interface Props {
  sections: SectionSummary[];
  readOnly: boolean;
  /** Shown between the summary and the table of sections (the offline round trip). */
  children?: ReactNode;
}

/** The report-wide picture of the review (sections in each state, open threads) and each section's status. */
export function ReviewProgressView({ sections, readOnly, children }: Props) {
  const { comments } = useReviewState();
  const { goToSection } = useNavigation();
  const [error, setError] = useState<string | null>(null);
  const progress = useMemo(() => reviewProgress(sections, comments), [sections, comments]);
  const numbers = useMemo(() => sectionNumbers(sections), [sections]);

  const setStatus = async (sectionId: string, status: ReviewStatus) => {
    try {
      await api().setReviewStatus({ sectionId, status });
      setError(null);
      notifyChanged('sections');
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <section aria-labelledby="review-progress-title" className="review-progress">
      <h3 id="review-progress-title" className="review-heading">
        Progress
      </h3>
      <div className="progress-bar" aria-hidden="true">
        {ReviewStatus.options.map((status) =>
          progress.byStatus[status] ? (
            <span key={status} className={`progress-${status}`} style={{ flexGrow: progress.byStatus[status] }} />
          ) : null,
        )}
      </div>
      <dl className="progress-counts" data-testid="review-progress">
        {ReviewStatus.options.map((status) => (
          <div key={status} data-status={status}>
            <dt>
              <ReviewStatusBadge status={status} /> {REVIEW_STATUS_LABELS[status]}
            </dt>
            <dd>{progress.byStatus[status]}</dd>
          </div>
        ))}
        <div data-status="open-threads">
          <dt>Open threads</dt>
          <dd>{progress.openThreads}</dd>
        </div>
        {progress.detachedThreads > 0 && (
          <div data-status="detached-threads">
            <dt>of which detached</dt>
            <dd>{progress.detachedThreads}</dd>
          </div>
        )}
        <div data-status="resolved-threads">
          <dt>Resolved threads</dt>
          <dd>{progress.resolvedThreads}</dd>
        </div>
      </dl>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {children}
      <h3 className="review-heading">Sections</h3>
      <table className="review-sections">
        <caption className="visually-hidden">Review status of each section</caption>
        <thead>
          <tr>
            <th scope="col">Section</th>
            <th scope="col">Status</th>
            <th scope="col" title="Open threads">
              Open
            </th>
          </tr>
        </thead>
        <tbody>
          {sections.map((s) => {
            const name = `${numbers.get(s.id)?.number ?? ''} ${s.title || 'Untitled section'}`.trim();
            return (
              <tr key={s.id} data-section-id={s.id}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => goToSection(s.id)}>
                    {name}
                  </button>
                </th>
                <td>
                  <select
                    aria-label={`Review status of ${name}`}
                    value={s.reviewStatus}
                    disabled={readOnly}
                    onChange={(e) => void setStatus(s.id, e.target.value as ReviewStatus)}
                  >
                    {ReviewStatus.options.map((status) => (
                      <option key={status} value={status}>
                        {REVIEW_STATUS_LABELS[status]}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="num">{progress.openBySection[s.id] ?? 0}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
