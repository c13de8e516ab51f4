import type { Editor } from '@tiptap/core';

const ACTIONS: { label: string; run(editor: Editor): boolean }[] = [
  { label: 'Row above', run: (e) => e.chain().focus().addRowBefore().run() },
  { label: 'Row below', run: (e) => e.chain().focus().addRowAfter().run() },
  { label: 'Column left', run: (e) => e.chain().focus().addColumnBefore().run() },
  { label: 'Column right', run: (e) => e.chain().focus().addColumnAfter().run() },
  { label: 'Delete row', run: (e) => e.chain().focus().deleteRow().run() },
  { label: 'Delete column', run: (e) => e.chain().focus().deleteColumn().run() },
  { label: 'Header row', run: (e) => e.chain().focus().toggleHeaderRow().run() },
  { label: 'Delete table', run: (e) => e.chain().focus().deleteTable().run() },
];

/** Row, column and header commands, shown while the caret is in a table. */
export function TableTools({ editor }: { editor: Editor }) {
  return (
    <div className="tool-group table-tools" role="group" aria-label="Table">
      {ACTIONS.map((a) => (
        <button key={a.label} type="button" className="tool" onMouseDown={(e) => e.preventDefault()} onClick={() => a.run(editor)}>
          {a.label}
        </button>
      ))}
    </div>
  );
}
