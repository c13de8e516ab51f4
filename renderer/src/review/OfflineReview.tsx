import { useEffect, useState } from 'react';
import type { ProjectInfo } from '../../../shared/api';
import type { MergeSummary } from '../../../shared/api/calls/review';
import { REVIEW_STATUS_LABELS } from '../../../shared/review/reviewStatusLabels';
import { api } from '../api';
import { notifyChanged } from '../dataEvents';
import { fileToBase64 } from '../editor/useImageInsert';
import { useFilePicker } from '../useFilePicker';
import { onReviewAction, reloadComments } from './reviewStore';

type Notice = { kind: 'busy' | 'done' | 'error'; text: string; details?: string[] };

/** Beside the project: "report.casebook" → "report (review copy).casebook". */
function suggestCopyPath(info: ProjectInfo): string {
  const cut = Math.max(info.path.lastIndexOf('/'), info.path.lastIndexOf('\\'));
  return `${info.path.slice(0, cut + 1)}${info.name} (review copy).casebook`;
}

function describe(summary: MergeSummary): Notice {
  const details = [
    `${summary.added} new ${summary.added === 1 ? 'thread' : 'threads'}, ${summary.replies} ${summary.replies === 1 ? 'reply' : 'replies'}`,
    `${summary.resolved} resolved, ${summary.reopened} reopened, ${summary.edited} edited`,
    ...summary.statusChanges.map((c) => `“${c.title}”: ${REVIEW_STATUS_LABELS[c.from]} → ${REVIEW_STATUS_LABELS[c.to]}`),
    ...summary.statusConflicts.map((c) => `“${c.title}”: kept your ${REVIEW_STATUS_LABELS[c.writer]}; the reviewer chose ${REVIEW_STATUS_LABELS[c.reviewer]}`),
    ...(summary.skipped ? [`${summary.skipped} skipped: their section or thread is no longer in the report`] : []),
  ];
  const nothing = summary.added + summary.replies + summary.resolved + summary.reopened + summary.edited + summary.statusChanges.length === 0;
  return { kind: 'done', text: nothing ? `Nothing new in “${summary.copyPath}”: it has already been merged.` : `Merged “${summary.copyPath}”.`, details };
}

/** The offline round trip: save a copy for a reviewer, then merge the copy they send back. */
export function OfflineReview({ info }: { info: ProjectInfo }) {
  const [copyPath, setCopyPath] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const reviewFile = useFilePicker({ accept: '.casebook', testId: 'merge-review-input', onFile: (file) => void merge(file) });
  const { pick } = reviewFile;

  useEffect(
    () =>
      onReviewAction((action) => {
        if (action === 'save-review-copy') setCopyPath(suggestCopyPath(info));
        else pick();
      }),
    [info, pick],
  );

  const save = async () => {
    if (!copyPath) return;
    setNotice({ kind: 'busy', text: 'Saving the review copy…' });
    try {
      const { path } = await api().saveReviewCopy({ path: copyPath });
      setCopyPath(null);
      setNotice({ kind: 'done', text: `Saved a review copy in “${path}”. Send it to your reviewer; merge it back when it returns.` });
    } catch (e) {
      setNotice({ kind: 'error', text: `The review copy was not saved: ${(e as Error).message}` });
    }
  };

  const merge = async (file: File) => {
    setNotice({ kind: 'busy', text: `Merging “${file.name}”…` });
    try {
      const summary = await api().mergeReviewFile({ fileName: file.name, base64: await fileToBase64(file) });
      await reloadComments();
      notifyChanged('comments', 'sections');
      setNotice(describe(summary));
    } catch (e) {
      setNotice({ kind: 'error', text: `“${file.name}” was not merged: ${(e as Error).message}` });
    }
  };

  return (
    <section aria-labelledby="offline-review-title" className="offline-review">
      <h3 id="offline-review-title" className="review-heading">
        Offline review
      </h3>
      <p className="review-hint">Reviewers comment in a copy of the report; merging brings their comments and statuses back, never changing your text.</p>
      <div className="comment-actions">
        <button type="button" onClick={() => setCopyPath(suggestCopyPath(info))} disabled={info.readOnly}>
          Save review copy…
        </button>
        <button type="button" onClick={pick} disabled={info.readOnly}>
          Merge review…
        </button>
      </div>
      {reviewFile.input}
      {copyPath !== null && (
        <form
          className="copy-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <label>
            Save the review copy as
            <input value={copyPath} onChange={(e) => setCopyPath(e.target.value)} autoFocus />
          </label>
          <div className="comment-actions">
            <button type="submit" className="primary" disabled={!copyPath.trim()}>
              Save copy
            </button>
            <button type="button" onClick={() => setCopyPath(null)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {notice && (
        <div className={`review-notice review-notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          <p>{notice.text}</p>
          {notice.details && (
            <ul>
              {notice.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
