import { useEffect, useState } from 'react';
import type { ProjectInfo } from '../../../shared/api';
import type { SectionSummary } from '../../../shared/model';
import { api } from '../api';
import { useApiList } from '../panels/useApiList';
import { OfflineReview } from './OfflineReview';
import { ReviewProgressView } from './ReviewProgressView';
import { reloadComments } from './reviewStore';
import './review.css';

/** The Review tab: progress across the report, each section's status, and the offline round trip. */
export function ReviewPanel() {
  const { items: sections, error } = useApiList<SectionSummary>((a) => a.listSections({}), ['sections']);
  const [info, setInfo] = useState<ProjectInfo | null>(null);

  useEffect(() => {
    void reloadComments();
    void api()
      .currentProject({})
      .then(setInfo)
      .catch(() => setInfo(null));
  }, []);

  if (error) return <p role="alert">{error}</p>;
  return (
    <div className="review-panel">
      <ReviewProgressView sections={sections} readOnly={info?.readOnly ?? false}>
        {info && <OfflineReview info={info} />}
      </ReviewProgressView>
    </div>
  );
}
