import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { SectionSummary } from '../../../shared/model';
import { sectionNumbers } from '../../../shared/numbering/sectionNumbers';
import { DeleteSectionDialog } from './outline/DeleteSectionDialog';
import { OutlineItem } from './outline/OutlineItem';
import { dropTarget, indent, moveDown, moveUp, outdent, type DropZone } from './outline/outlineMoves';
import { UndoToast } from './outline/UndoToast';
import { MAX_DEPTH, useOutlineCommands } from './outline/useOutlineCommands';
import './outline/outline.css';

interface OutlineProps {
  sections: SectionSummary[];
  selectedId: string | null;
  readOnly: boolean;
  onSelect(id: string): void;
  /** Reloads the outline after a change. */
  reload(): Promise<void>;
  onImport(): void;
}

const KEY_HELP =
  'Arrows: move between sections · Enter: open · F2: rename · Delete: delete · Alt+↑/↓: reorder · Alt+→/←: make subsection / lift out';

/** The report's sections as a tree, numbered as they will print: add, rename, delete (undoable), reorder and nest. */
export function Outline({ sections, selectedId, readOnly, onSelect, reload, onImport }: OutlineProps) {
  const numbers = useMemo(() => sectionNumbers(sections), [sections]);
  const listRef = useRef<HTMLUListElement>(null);
  const cmd = useOutlineCommands(sections, reload, onSelect);
  const [renamingId, setRenamingId] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<SectionSummary | null>(null);
  const [dragId, setDragId] = useState<string | null>(null);
  const [hint, setHint] = useState<{ id: string; zone: DropZone } | null>(null);
  const focusAfter = useRef<string | null>(null);

  // Keep keyboard focus on a section that was just moved, once the outline re-renders.
  useEffect(() => {
    if (!focusAfter.current) return;
    listRef.current?.querySelector<HTMLElement>(`[data-section-id="${focusAfter.current}"]`)?.focus();
    focusAfter.current = null;
  }, [sections]);

  const focusItem = (index: number) => {
    const items = listRef.current?.querySelectorAll<HTMLElement>('[role="treeitem"]');
    items?.[Math.max(0, Math.min(index, items.length - 1))]?.focus();
  };

  const move = (id: string, target: ReturnType<typeof moveUp>, refusal: string) => {
    focusAfter.current = id;
    void cmd.move(id, target, refusal);
  };

  const selectedDepth = selectedId ? (numbers.get(selectedId)?.depth ?? 1) : 0;
  const childCount = (id: string) => {
    const under = new Set([id]);
    for (const s of sections) if (s.parentId && under.has(s.parentId)) under.add(s.id);
    return under.size - 1;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>, index: number, section: SectionSummary) => {
    const id = section.id;
    if (e.altKey && !readOnly) {
      if (e.key === 'ArrowUp') move(id, moveUp(sections, id), 'This section is already first among its siblings.');
      else if (e.key === 'ArrowDown') move(id, moveDown(sections, id), 'This section is already last among its siblings.');
      else if (e.key === 'ArrowRight') move(id, indent(sections, id), 'Only a section with a section above it at the same level can become a subsection.');
      else if (e.key === 'ArrowLeft') move(id, outdent(sections, id), 'This section is already at the top level.');
      else return;
    } else if (e.key === 'ArrowDown') focusItem(index + 1);
    else if (e.key === 'ArrowUp') focusItem(index - 1);
    else if (e.key === 'Home') focusItem(0);
    else if (e.key === 'End') focusItem(sections.length - 1);
    else if (e.key === 'Enter' || e.key === ' ') onSelect(id);
    else if (e.key === 'F2' && !readOnly) setRenamingId(id);
    else if ((e.key === 'Delete' || e.key === 'Backspace') && !readOnly) setConfirming(section);
    else return;
    e.preventDefault();
  };

  const drop = (targetId: string, zone: DropZone) => {
    const dragged = dragId;
    setDragId(null);
    setHint(null);
    if (!dragged || readOnly) return;
    move(dragged, dropTarget(sections, dragged, targetId, zone), 'A section cannot be dropped inside itself.');
  };

  const selected = sections.find((s) => s.id === selectedId) ?? null;
  return (
    <nav className="outline" aria-label="Report outline">
      <div className="outline-head">
        <h2 className="panel-heading">Sections</h2>
        {!readOnly && (
          <div className="outline-actions">
            <button type="button" onClick={async () => setRenamingId((await cmd.add(selectedId, false)) ?? null)} title="Add a section after the selected one">
              Add section
            </button>
            <button
              type="button"
              disabled={!selectedId || selectedDepth >= MAX_DEPTH}
              onClick={async () => setRenamingId((await cmd.add(selectedId, true)) ?? null)}
              title={`Add a subsection inside the selected section (sections nest ${MAX_DEPTH} levels deep)`}
            >
              Add subsection
            </button>
            <button type="button" disabled={!selected} onClick={() => selected && setRenamingId(selected.id)} title="Rename the selected section (F2)">
              Rename
            </button>
            <button type="button" disabled={!selected} onClick={() => selected && setConfirming(selected)} title="Delete the selected section (Delete)">
              Delete
            </button>
            <button type="button" onClick={onImport} title="Import sections from a Word (.docx) or Markdown (.md) file">
              Import…
            </button>
          </div>
        )}
      </div>
      <ul role="tree" aria-label="Sections" aria-describedby="outline-help" ref={listRef} onDragLeave={(e) => e.currentTarget === e.target && setHint(null)}>
        {sections.map((section, index) => {
          const n = numbers.get(section.id);
          return (
            <OutlineItem
              key={section.id}
              section={section}
              number={n?.number ?? ''}
              depth={n?.depth ?? 1}
              selected={section.id === selectedId}
              focusable={section.id === selectedId || (!selectedId && index === 0)}
              renaming={renamingId === section.id}
              draggable={!readOnly}
              dropZone={hint?.id === section.id ? hint.zone : null}
              onSelect={() => onSelect(section.id)}
              onKeyDown={(e) => onKeyDown(e, index, section)}
              onRename={(title) => {
                if (renamingId !== section.id) return;
                setRenamingId(null);
                focusAfter.current = section.id;
                if (title && title !== section.title) void cmd.rename(section.id, title);
                else listRef.current?.querySelector<HTMLElement>(`[data-section-id="${section.id}"]`)?.focus();
              }}
              onDragStart={() => setDragId(section.id)}
              onDragOver={(zone) => dragId && (hint?.id !== section.id || hint.zone !== zone) && setHint({ id: section.id, zone })}
              onDrop={(zone) => drop(section.id, zone)}
              onDragEnd={() => (setDragId(null), setHint(null))}
            />
          );
        })}
      </ul>
      <p id="outline-help" className="outline-help">
        {KEY_HELP}
      </p>
      {cmd.problem && (
        <p className="outline-problem" role="alert">
          {cmd.problem}{' '}
          <button type="button" onClick={cmd.dismissProblem}>
            OK
          </button>
        </p>
      )}
      {cmd.deleted && <UndoToast title={cmd.deleted.title} onUndo={() => void cmd.undoDelete()} onDismiss={cmd.dismissDeleted} />}
      {confirming && (
        <DeleteSectionDialog
          section={confirming}
          number={numbers.get(confirming.id)?.number ?? ''}
          subsections={childCount(confirming.id)}
          onCancel={() => setConfirming(null)}
          onConfirm={() => {
            const doomed = confirming;
            setConfirming(null);
            void cmd.remove(doomed);
          }}
        />
      )}
    </nav>
  );
}
