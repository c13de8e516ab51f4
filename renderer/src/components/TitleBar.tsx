import type { ReactNode } from 'react';
import type { ProjectInfo } from '../../../shared/api';
import { useSaveState } from '../saveState';

/** The project's names, the save state, and the publishing actions passed in by the app. */
export function TitleBar({ info, actions }: { info: ProjectInfo; actions?: ReactNode }) {
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
      <div className="titlebar-actions">
        {actions}
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
      </div>
    </header>
  );
}
