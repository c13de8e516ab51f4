import { useState, type DragEvent, type KeyboardEvent } from 'react';
import type { SectionSummary } from '../../../../shared/model';
import type { DropZone } from './outlineMoves';
import { ReviewStatusBadge } from '../../review/ReviewStatusBadge';

export const DRAG_TYPE = 'application/x-casebook-section';

interface Props {
  section: SectionSummary;
  number: string;
  depth: number;
  selected: boolean;
  focusable: boolean;
  renaming: boolean;
  draggable: boolean;
  dropZone: DropZone | null;
  onSelect(): void;
  onKeyDown(e: KeyboardEvent<HTMLElement>): void;
  onRename(title: string | null): void;
  onDragStart(): void;
  onDragOver(zone: DropZone): void;
  onDrop(zone: DropZone): void;
  onDragEnd(): void;
}

/** Upper quarter: before; lower quarter: after; between: inside (as a subsection). */
function zoneAt(e: DragEvent<HTMLElement>): DropZone {
  const rect = e.currentTarget.getBoundingClientRect();
  const y = (e.clientY - rect.top) / rect.height;
  return y < 0.25 ? 'before' : y > 0.75 ? 'after' : 'inside';
}

/** One section of the outline: its printed number, title (or a rename box), and drag handling. */
export function OutlineItem(p: Props) {
  const [draft, setDraft] = useState(p.section.title);
  return (
    <li
      role="treeitem"
      aria-level={p.depth}
      aria-selected={p.selected}
      tabIndex={p.focusable ? 0 : -1}
      className={`outline-item depth-${p.depth}${p.selected ? ' selected' : ''}${p.dropZone ? ` drop-${p.dropZone}` : ''}`}
      data-section-id={p.section.id}
      draggable={p.draggable && !p.renaming}
      onClick={p.onSelect}
      onKeyDown={p.renaming ? undefined : p.onKeyDown}
      onDragStart={(e) => {
        e.dataTransfer.setData(DRAG_TYPE, p.section.id);
        e.dataTransfer.effectAllowed = 'move';
        p.onDragStart();
      }}
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
        p.onDragOver(zoneAt(e));
      }}
      onDrop={(e) => {
        e.preventDefault();
        p.onDrop(zoneAt(e));
      }}
      onDragEnd={p.onDragEnd}
    >
      <span className="outline-number">{p.number}</span>
      {p.renaming ? (
        <input
          className="outline-rename"
          aria-label="Section title"
          value={draft}
          maxLength={500}
          autoFocus
          onFocus={(e) => e.currentTarget.select()}
          onChange={(e) => setDraft(e.target.value)}
          onClick={(e) => e.stopPropagation()}
          onBlur={() => p.onRename(draft.trim() || null)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') p.onRename(draft.trim() || null);
            else if (e.key === 'Escape') p.onRename(null);
            else return;
            e.preventDefault();
            e.stopPropagation();
          }}
        />
      ) : (
        <span className="outline-title">{p.section.title || 'Untitled section'}</span>
      )}
      <ReviewStatusBadge status={p.section.reviewStatus} />
    </li>
  );
}
