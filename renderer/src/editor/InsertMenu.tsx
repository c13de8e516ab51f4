import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';

export const INSERT_ITEMS = [
  { kind: 'table', label: 'Table' },
  { kind: 'image', label: 'Image from file…' },
  { kind: 'callout', label: 'Callout box' },
  { kind: 'quote', label: 'Block quote' },
  { kind: 'footnote', label: 'Footnote…' },
  { kind: 'finding', label: 'Finding reference…' },
  { kind: 'safety', label: 'Safety item…' },
  { kind: 'citation', label: 'Citation…' },
  { kind: 'rule', label: 'Horizontal line' },
] as const;

export type InsertKind = (typeof INSERT_ITEMS)[number]['kind'];

interface Props {
  /** Where the menu opens: below the Insert button, or at the caret after "/". */
  position: { left: number; top: number };
  /** Top of the line the menu belongs to, so it can open upwards when there is no room below. */
  above?: number;
  onChoose(kind: InsertKind): void;
  onClose(): void;
}

/** The insert menu (button or "/" at the start of an empty line): arrows move, Enter inserts, Escape closes. */
export function InsertMenu({ position, above, onChoose, onClose }: Props) {
  const ref = useRef<HTMLUListElement>(null);
  const [placed, setPlaced] = useState(position);
  useLayoutEffect(() => {
    const height = ref.current?.offsetHeight ?? 0;
    const fitsBelow = position.top + height <= window.innerHeight - 8;
    setPlaced(fitsBelow ? position : { left: position.left, top: Math.max(8, (above ?? position.top) - height - 4) });
  }, [position, above]);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const onDown = (e: MouseEvent) => !ref.current?.contains(e.target as Node) && onClose();
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [onClose]);

  const onKeyDown = (e: KeyboardEvent) => {
    const items = Array.from(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
    const index = items.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'ArrowDown') items[(index + 1) % items.length]?.focus();
    else if (e.key === 'ArrowUp') items[(index - 1 + items.length) % items.length]?.focus();
    else if (e.key === 'Home') items[0]?.focus();
    else if (e.key === 'End') items[items.length - 1]?.focus();
    else if (e.key === 'Escape' || e.key === 'Tab') onClose();
    else return;
    e.preventDefault();
  };

  return (
    <ul className="insert-menu" role="menu" aria-label="Insert" ref={ref} style={placed} onKeyDown={onKeyDown}>
      {INSERT_ITEMS.map((item) => (
        <li key={item.kind} role="menuitem" tabIndex={-1} onClick={() => onChoose(item.kind)} onKeyDown={(e) => e.key === 'Enter' && onChoose(item.kind)}>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
