import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import type { ReactNode } from 'react';
import { TableTools } from './TableTools';
import { shortcut } from './shortcutLabel';

interface Props {
  editor: Editor;
  onLink(): void;
  onInsert(anchor: HTMLElement): void;
  onFind(): void;
  onVersions(): void;
}

function Tool(props: { label: string; keys?: string; active?: boolean; disabled?: boolean; onClick(): void; children: ReactNode }) {
  const title = props.keys ? `${props.label} (${shortcut(props.keys)})` : props.label;
  return (
    <button
      type="button"
      className={`tool${props.active ? ' is-active' : ''}`}
      aria-label={props.label}
      aria-pressed={props.active === undefined ? undefined : props.active}
      title={title}
      disabled={props.disabled}
      // Keep the selection in the text: a toolbar click must not take focus from the editor first.
      onMouseDown={(e) => e.preventDefault()}
      onClick={props.onClick}
    >
      {props.children}
    </button>
  );
}

/** Formatting, lists, links, insert, undo and redo; every button names its shortcut in its tooltip. */
export function Toolbar({ editor, onLink, onInsert, onFind, onVersions }: Props) {
  const s = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      underline: e.isActive('underline'),
      strike: e.isActive('strike'),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      h4: e.isActive('heading', { level: 4 }),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      quote: e.isActive('blockquote'),
      link: e.isActive('link'),
      table: e.isActive('table'),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const run = () => editor.chain().focus();
  return (
    <div className="toolbar" role="toolbar" aria-label="Formatting">
      <div className="tool-group">
        <Tool label="Undo" keys="Mod+Z" disabled={!s.canUndo} onClick={() => run().undo().run()}>↶</Tool>
        <Tool label="Redo" keys="Mod+Shift+Z" disabled={!s.canRedo} onClick={() => run().redo().run()}>↷</Tool>
      </div>
      <div className="tool-group">
        <Tool label="Bold" keys="Mod+B" active={s.bold} onClick={() => run().toggleBold().run()}><b>B</b></Tool>
        <Tool label="Italic" keys="Mod+I" active={s.italic} onClick={() => run().toggleItalic().run()}><i>I</i></Tool>
        <Tool label="Underline" keys="Mod+U" active={s.underline} onClick={() => run().toggleUnderline().run()}><u>U</u></Tool>
        <Tool label="Strikethrough" keys="Mod+Shift+S" active={s.strike} onClick={() => run().toggleStrike().run()}><s>S</s></Tool>
      </div>
      <div className="tool-group">
        <Tool label="Heading 2" keys="Mod+Alt+2" active={s.h2} onClick={() => run().toggleHeading({ level: 2 }).run()}>H2</Tool>
        <Tool label="Heading 3" keys="Mod+Alt+3" active={s.h3} onClick={() => run().toggleHeading({ level: 3 }).run()}>H3</Tool>
        <Tool label="Heading 4" keys="Mod+Alt+4" active={s.h4} onClick={() => run().toggleHeading({ level: 4 }).run()}>H4</Tool>
      </div>
      <div className="tool-group">
        <Tool label="Bulleted list" keys="Mod+Shift+8" active={s.bullet} onClick={() => run().toggleBulletList().run()}>• List</Tool>
        <Tool label="Numbered list" keys="Mod+Shift+7" active={s.ordered} onClick={() => run().toggleOrderedList().run()}>1. List</Tool>
        <Tool label="Block quote" keys="Mod+Shift+B" active={s.quote} onClick={() => run().toggleBlockquote().run()}>“ ”</Tool>
        <Tool label="Link" keys="Mod+K" active={s.link} onClick={onLink}>Link</Tool>
      </div>
      <div className="tool-group">
        <button
          type="button"
          className="tool"
          aria-haspopup="menu"
          title="Insert (or type / on an empty line)"
          onMouseDown={(e) => e.preventDefault()}
          onClick={(e) => onInsert(e.currentTarget)}
        >
          Insert ▾
        </button>
        <Tool label="Find in section" keys="Mod+F" onClick={onFind}>Find</Tool>
        <Tool label="Versions" keys="Mod+Alt+S" onClick={onVersions}>Versions</Tool>
      </div>
      {s.table && <TableTools editor={editor} />}
    </div>
  );
}
