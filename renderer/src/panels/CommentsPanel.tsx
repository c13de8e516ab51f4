import type { Comment } from '../../../shared/model';
import { useApiList } from './useApiList';

export function CommentsPanel() {
  const { items, error } = useApiList<Comment>((a) => a.listComments({}));
  if (error) return <p role="alert">{error}</p>;
  const threads = items.filter((c) => !c.parentId);
  if (!threads.length) return <p className="empty">No comments yet.</p>;
  return (
    <ul className="panel-list" aria-label="Comment threads">
      {threads.map((c) => (
        <li key={c.id} className={c.resolved ? 'resolved' : ''}>
          <blockquote>{c.quotedText}</blockquote>
          <div>
            <strong>{c.author}</strong>: {c.body}
          </div>
          <div className="ref-meta">
            {items.filter((r) => r.parentId === c.id).length} replies{c.resolved ? ' · resolved' : ''}
          </div>
        </li>
      ))}
    </ul>
  );
}
