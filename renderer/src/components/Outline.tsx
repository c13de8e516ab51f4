import { useMemo, useRef, type KeyboardEvent } from 'react';
import type { SectionSummary } from '../../../shared/model';
import { sectionNumbers } from '../../../shared/numbering/sectionNumbers';

interface OutlineProps {
  sections: SectionSummary[];
  selectedId: string | null;
  onSelect(id: string): void;
}

/** The report's sections as a tree, numbered as they will print; arrow keys move, Enter opens. */
export function Outline({ sections, selectedId, onSelect }: OutlineProps) {
  const numbers = useMemo(() => sectionNumbers(sections), [sections]);
  const listRef = useRef<HTMLUListElement>(null);

  const focusItem = (index: number) => {
    const items = listRef.current?.querySelectorAll<HTMLElement>('[role="treeitem"]');
    const target = items?.[Math.max(0, Math.min(index, (items?.length ?? 1) - 1))];
    target?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>, index: number, id: string) => {
    if (event.key === 'ArrowDown') focusItem(index + 1);
    else if (event.key === 'ArrowUp') focusItem(index - 1);
    else if (event.key === 'Home') focusItem(0);
    else if (event.key === 'End') focusItem(sections.length - 1);
    else if (event.key === 'Enter' || event.key === ' ') onSelect(id);
    else return;
    event.preventDefault();
  };

  return (
    <nav className="outline" aria-label="Report outline">
      <h2 className="panel-heading">Sections</h2>
      <ul role="tree" aria-label="Sections" ref={listRef}>
        {sections.map((section, index) => {
          const n = numbers.get(section.id);
          const selected = section.id === selectedId;
          return (
            <li
              key={section.id}
              role="treeitem"
              aria-level={n?.depth ?? 1}
              aria-selected={selected}
              tabIndex={selected || (!selectedId && index === 0) ? 0 : -1}
              className={`outline-item depth-${n?.depth ?? 1}${selected ? ' selected' : ''}`}
              onClick={() => onSelect(section.id)}
              onKeyDown={(e) => onKeyDown(e, index, section.id)}
              data-section-id={section.id}
            >
              <span className="outline-number">{n?.number}</span>
              <span className="outline-title">{section.title || 'Untitled section'}</span>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
