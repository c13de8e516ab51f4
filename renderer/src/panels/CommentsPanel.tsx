import { useEffect, useMemo, useState } from 'react';
import type { SectionSummary } from '../../../shared/model';
import { sectionNumbers } from '../../../shared/numbering/sectionNumbers';
import { commentAuthors, filterThreads, groupThreads, sortThreads, type ThreadFilter } from '../../../shared/review/threads';
import { api } from '../api';
import { useNavigation } from '../navigation';
import { CommentComposer } from '../review/CommentComposer';
import { editIdentity, requireIdentity } from '../review/IdentityDialog';
import { useIdentity } from '../review/identity';
import { cancelDraft, changeComments, chooseThread, reloadComments, startDraft, useReviewState } from '../review/reviewStore';
import { ThreadCard } from '../review/ThreadCard';
import { ThreadFilters } from '../review/ThreadFilters';
import { scrollWithin } from '../review/scrollWithin';
import { useApiList } from './useApiList';
import '../review/review.css';

const sectionLabel = (s: SectionSummary | undefined, number: string | undefined) =>
  s ? `${number ? `${number} ` : ''}${s.title || 'Untitled section'}` : 'A deleted section';

/** Every thread of the report, filtered by section, author and state; choosing one shows its passage. */
export function CommentsPanel() {
  const review = useReviewState();
  const me = useIdentity();
  const { goToSection } = useNavigation();
  const { items: sections } = useApiList<SectionSummary>((a) => a.listSections({}), ['sections']);
  const [filter, setFilter] = useState<Required<ThreadFilter>>({ sectionId: null, author: null, state: 'open' });

  useEffect(() => {
    void reloadComments();
  }, []);

  const numbers = useMemo(() => sectionNumbers(sections), [sections]);
  const byId = useMemo(() => new Map(sections.map((s) => [s.id, s])), [sections]);
  const label = (id: string) => sectionLabel(byId.get(id), numbers.get(id)?.number);
  const all = useMemo(() => groupThreads(review.comments), [review.comments]);
  const shown = useMemo(
    () => sortThreads(filterThreads(all, filter), sections.map((s) => s.id)),
    [all, filter, sections],
  );

  // An active thread hidden by the filters would leave the click on its passage unanswered: widen the filters.
  useEffect(() => {
    const active = all.find((t) => t.root.id === review.activeThreadId);
    if (active && !shown.includes(active)) setFilter({ sectionId: null, author: null, state: 'all' });
    const card = active && document.querySelector<HTMLElement>(`.thread-list .thread[data-thread-id="${active.root.id}"]`);
    if (card) scrollWithin(card, 'nearest');
  }, [review.activeThreadId, all, shown]);

  const comment = async (body: string) => {
    const draft = review.draft!;
    const author = await requireIdentity();
    if (!author) throw new Error('Add your name first: comments carry it.');
    await changeComments(() => api().createComment({ sectionId: draft.sectionId, anchor: draft.anchor, quotedText: draft.quotedText, body, author }));
    cancelDraft();
  };

  return (
    <div className="comments-panel">
      <div className="comments-top">
        <button
          type="button"
          className="primary"
          disabled={!review.hasSelection}
          onClick={() => void requireIdentity().then((person) => person && startDraft())}
          title="Select a passage in the text first (Ctrl+Alt+M)"
        >
          Comment on selection
        </button>
        <span className="identity">
          {me ? (
            <>
              as <span className="initials">{me.initials}</span> {me.name}{' '}
            </>
          ) : null}
          <button type="button" className="link-button" onClick={() => void editIdentity()}>
            {me ? 'Change' : 'Set your name'}
          </button>
        </span>
      </div>
      {!review.hasSelection && !review.draft && <p className="review-hint">Select a passage in the text to comment on it.</p>}
      {review.draft && (
        <div className="thread thread-draft">
          <div className="thread-where">{label(review.draft.sectionId)}</div>
          <div className="thread-quote">“{review.draft.quotedText}”</div>
          <CommentComposer label="New comment" submitLabel="Comment" placeholder="Write a comment…" onSubmit={comment} onCancel={cancelDraft} />
        </div>
      )}
      <ThreadFilters
        filter={filter}
        sections={sections.map((s) => ({ id: s.id, label: label(s.id) }))}
        authors={commentAuthors(review.comments)}
        onChange={setFilter}
      />
      {review.error && <p role="alert" className="error">{review.error}</p>}
      <p className="thread-count" role="status">
        {shown.length} of {all.length} {all.length === 1 ? 'thread' : 'threads'}
      </p>
      {shown.length === 0 ? (
        <p className="empty">{all.length ? 'No threads match these filters.' : 'No comments yet.'}</p>
      ) : (
        <div className="thread-list" aria-label="Comment threads" role="list">
          {shown.map((thread) => (
            <div role="listitem" key={thread.root.id}>
              <ThreadCard
                thread={thread}
                sectionLabel={label(thread.root.sectionId)}
                active={thread.root.id === review.activeThreadId}
                onChoose={() => chooseThread(thread.root, goToSection)}
              />
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
