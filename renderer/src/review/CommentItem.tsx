import { useState } from 'react';
import type { Comment } from '../../../shared/model';
import { api } from '../api';
import { CommentComposer } from './CommentComposer';
import { useIdentity } from './identity';
import { changeComments } from './reviewStore';

const when = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** One comment of a thread; its author may edit or delete it. */
export function CommentItem({ comment, isReply }: { comment: Comment; isReply: boolean }) {
  const me = useIdentity();
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm-delete'>('view');
  const [error, setError] = useState<string | null>(null);
  const own = me?.name === comment.author;
  const edited = comment.updatedAt !== comment.createdAt && !comment.resolved;

  const remove = async () => {
    try {
      await changeComments(() => api().deleteComment({ id: comment.id, author: me!.name }));
    } catch (e) {
      setError((e as Error).message);
      setMode('view');
    }
  };

  return (
    <li className={isReply ? 'comment comment-reply' : 'comment'} data-comment-id={comment.id}>
      <div className="comment-head">
        <span className="initials" aria-hidden="true">
          {comment.authorInitials || '?'}
        </span>
        <strong className="comment-author">{comment.author || 'Unknown'}</strong>
        <time dateTime={comment.createdAt}>{when(comment.createdAt)}</time>
        {edited && <span className="comment-edited">(edited)</span>}
      </div>
      {mode === 'edit' ? (
        <CommentComposer
          label="Edit comment"
          initial={comment.body}
          submitLabel="Save"
          onCancel={() => setMode('view')}
          onSubmit={async (body) => {
            await changeComments(() => api().updateComment({ id: comment.id, body, author: me!.name }));
            setMode('view');
          }}
        />
      ) : (
        <p className="comment-body">{comment.body}</p>
      )}
      {own && mode === 'view' && (
        <div className="comment-actions comment-own-actions">
          <button type="button" className="link-button" onClick={() => setMode('edit')}>
            Edit
          </button>
          <button type="button" className="link-button" onClick={() => setMode('confirm-delete')}>
            Delete
          </button>
        </div>
      )}
      {mode === 'confirm-delete' && (
        <div className="comment-actions" role="group" aria-label="Confirm deletion">
          <span>{isReply ? 'Delete this reply?' : 'Delete this thread and its replies?'}</span>
          <button type="button" className="danger" onClick={() => void remove()}>
            Delete
          </button>
          <button type="button" onClick={() => setMode('view')}>
            Keep
          </button>
        </div>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </li>
  );
}
