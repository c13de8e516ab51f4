import type { ProjectInfo } from '../../../shared/api';
import { useSaveState } from '../saveState';

export function TitleBar({ info }: { info: ProjectInfo }) {
  const { status } = useSaveState();
  return (
    <header className="titlebar">
      <div className="titlebar-names">
        <span className="titlebar-report" data-testid="report-title">
          {info.meta.title || 'Untitled report'}
        </span>
        <span className="titlebar-file" title={info.path}>
          {info.name}.casebook{info.readOnly ? ' (read-only)' : ''}
        </span>
      </div>
      <div className={`save-state save-state-${status.kind}`} role="status" aria-live="polite" data-testid="save-state">
        {status.kind === 'saved' && 'Saved'}
        {status.kind === 'saving' && 'Saving…'}
        {status.kind === 'error' && (
          <>
            <span>Not saved: {status.message}</span>
            <button type="button" onClick={status.retry}>
              Retry
            </button>
          </>
        )}
      </div>
    </header>
  );
}
