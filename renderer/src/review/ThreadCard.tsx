import { useState } from 'react';
import { threadState, type Thread } from '../../../shared/review/threads';
import { api } from '../api';
import { CommentComposer } from './CommentComposer';
import { CommentItem } from './CommentItem';
import { requireIdentity } from './IdentityDialog';
import { changeComments } from './reviewStore';

interface Props {
  thread: Thread;
  sectionLabel: string;
  active: boolean;
  onChoose(): void;
}

/** A thread: the passage it is on, its comments, and reply, resolve or reopen. */
export function ThreadCard({ thread, sectionLabel, active, onChoose }: Props) {
  const [replying, setReplying] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const state = threadState(thread);
  const { root } = thread;

  const resolve = async (resolved: boolean) => {
    try {
      await changeComments(() => api().setCommentResolved({ id: root.id, resolved }));
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const reply = async (body: string) => {
    const me = await requireIdentity();
    if (!me) throw new Error('Add your name first: replies carry it.');
    await changeComments(() => api().replyToComment({ parentId: root.id, body, author: me }));
    setReplying(false);
  };

  return (
    <article
      className={`thread thread-${state}${active ? ' thread-active' : ''}`}
      aria-label={`Comment by ${root.author} on “${root.quotedText.slice(0, 60)}”`}
      data-thread-id={root.id}
    >
      <div className="thread-where">
        <span className="thread-section">{sectionLabel}</span>
        {state !== 'open' && <span className={`thread-state thread-state-${state}`}>{state === 'resolved' ? 'Resolved' : 'Detached'}</span>}
      </div>
      {root.anchor ? (
        <button type="button" className="thread-quote" onClick={onChoose} title="Show this passage in the text">
          “{root.quotedText}”
        </button>
      ) : (
        <div className="thread-quote thread-quote-detached">
          <span className="visually-hidden">Passage no longer in the text: </span>“{root.quotedText}”
          <span className="thread-detached-note">The passage was deleted from the text.</span>
        </div>
      )}
      <ol className="thread-comments">
        <CommentItem comment={root} isReply={false} />
        {thread.replies.map((r) => (
          <CommentItem key={r.id} comment={r} isReply />
        ))}
      </ol>
      {replying ? (
        <CommentComposer label="Reply" submitLabel="Reply" placeholder="Write a reply…" onSubmit={reply} onCancel={() => setReplying(false)} />
      ) : (
        <div className="comment-actions">
          <button type="button" onClick={() => setReplying(true)}>
            Reply
          </button>
          {root.resolved ? (
            <button type="button" onClick={() => void resolve(false)}>
              Reopen
            </button>
          ) : (
            <button type="button" onClick={() => void resolve(true)}>
              Resolve
            </button>
          )}
        </div>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </article>
  );
}
