import { useState, type KeyboardEvent } from 'react';
import { CommentsPanel } from './CommentsPanel';
import { FindingsPanel } from './FindingsPanel';
import { ReferencesPanel } from './ReferencesPanel';
import { SafetyItemsPanel } from './SafetyItemsPanel';
import { ChecklistPanel } from '../publish/ChecklistPanel';
import { ReviewPanel } from '../review/ReviewPanel';
import { usePanelRequests } from '../review/usePanelRequests';

const TABS = [
  { id: 'findings', label: 'Findings', Panel: FindingsPanel },
  { id: 'safety', label: 'Safety items', Panel: SafetyItemsPanel },
  { id: 'references', label: 'References', Panel: ReferencesPanel },
  { id: 'comments', label: 'Comments', Panel: CommentsPanel },
  { id: 'review', label: 'Review', Panel: ReviewPanel },
  { id: 'checklist', label: 'Checklist', Panel: ChecklistPanel },
] as const;

/** Findings, references and comments beside the text, as tabs (arrow keys switch, as in WAI-ARIA tabs). */
export function SidePanels() {
  const [active, setActive] = useState<(typeof TABS)[number]['id']>('findings');
  usePanelRequests(setActive);
  const index = TABS.findIndex((t) => t.id === active);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const next = TABS[(index + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
    setActive(next.id);
    document.getElementById(`tab-${next.id}`)?.focus();
  };
  const { Panel } = TABS[index]!;
  return (
    <aside className="side-panels" aria-label="Report panels">
      <div role="tablist" aria-label="Panels" onKeyDown={onKeyDown}>
        {TABS.map((t) => (
          <button
            key={t.id}
            id={`tab-${t.id}`}
            role="tab"
            type="button"
            aria-selected={t.id === active}
            aria-controls={`panel-${t.id}`}
            tabIndex={t.id === active ? 0 : -1}
            onClick={() => setActive(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${active}`} aria-labelledby={`tab-${active}`} className="tab-body">
        <Panel />
      </div>
    </aside>
  );
}
