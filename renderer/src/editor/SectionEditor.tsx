import { EditorContent, useEditor } from '@tiptap/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Section, SectionSummary } from '../../../shared/model';
import { api } from '../api';
import { EditorDialogs, type DialogKind } from './EditorDialogs';
import { editorExtensions } from './editorExtensions';
import { EditorKeys } from './extensions/editorKeys';
import { EntitiesProvider, useEntityLists } from './entities';
import { FindBar } from './FindBar';
import { InsertMenu, type InsertKind } from './InsertMenu';
import { sanitizePaste } from './paste/sanitizePaste';
import { Toolbar } from './Toolbar';
import { useAutosave } from './useAutosave';
import { useDocStats } from './useDocStats';
import { useImageInsert } from './useImageInsert';
import { useReviewEditor } from '../review/useReviewEditor';

interface Props {
  section: Section;
  number: string;
  title: string;
  readOnly: boolean;
  /** Words in every other section, so the report total stays live while this one is typed. */
  otherWords: number;
  onSaved(summary: SectionSummary): void;
}

/** The section editor: toolbar, text, find, insert menu and dialogs, with autosave. */
export function SectionEditor({ section, number, title, readOnly, otherWords, onSaved }: Props) {
  const [dialog, setDialog] = useState<DialogKind | null>(null);
  const [menuAt, setMenuAt] = useState<{ left: number; top: number } | null>(null);
  const [findOpen, setFindOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const handlers = useRef({ link() {}, find() {}, versions() {}, slash() {} });

  const editor = useEditor(
    {
      extensions: [...editorExtensions(), EditorKeys.configure({ handlers: () => handlers.current })],
      content: section.content,
      editable: !readOnly,
      shouldRerenderOnTransaction: false,
      editorProps: {
        transformPastedHTML: sanitizePaste,
        attributes: { 'aria-label': `Section text`, role: 'textbox', 'aria-multiline': 'true', spellcheck: 'true' },
      },
    },
    [section.id],
  );
  const autosave = useAutosave(section.id, editor, onSaved);
  useReviewEditor(editor, section.id, readOnly);
  const stats = useDocStats(editor);
  const lists = useEntityLists();
  const entities = useMemo(() => ({ ...lists, citationNumbers: stats.citationNumbers }), [lists, stats.citationNumbers]);
  const image = useImageInsert(editor, setNotice);

  const openMenuAtCaret = useCallback(() => {
    if (!editor) return;
    const rect = editor.view.coordsAtPos(editor.state.selection.from);
    setMenuAt({ left: rect.left, top: rect.bottom + 4 });
  }, [editor]);

  handlers.current = {
    link: () => !readOnly && setDialog('link'),
    find: () => setFindOpen(true),
    versions: () => setDialog('versions'),
    slash: openMenuAtCaret,
  };

  useEffect(
    () =>
      api().onEvent((event) => {
        if (event.type !== 'menu') return;
        if (event.command === 'find') setFindOpen(true);
        if (event.command === 'save-version') setDialog('versions');
      }),
    [],
  );

  const choose = (kind: InsertKind) => {
    setMenuAt(null);
    if (!editor) return;
    const chain = editor.chain().focus();
    if (kind === 'table') chain.insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run();
    else if (kind === 'callout') chain.wrapIn('callout', { variant: 'info' }).run();
    else if (kind === 'quote') chain.toggleBlockquote().run();
    else if (kind === 'rule') chain.setHorizontalRule().run();
    else if (kind === 'image') image.pick();
    else setDialog(kind);
    // The menu item held focus: give it back to the text now, not a frame later, so typing goes on.
    if (kind !== 'image' && !['footnote', 'finding', 'safety', 'citation'].includes(kind)) editor.view.focus();
  };

  if (!editor) return null;
  return (
    <article className="section-view" aria-labelledby="section-title">
      <h1 id="section-title" className="section-title">
        <span className="section-number">{number}</span> {title}
      </h1>
      {!readOnly && (
        <Toolbar
          editor={editor}
          onLink={() => setDialog('link')}
          onInsert={(anchor) => {
            const r = anchor.getBoundingClientRect();
            setMenuAt({ left: r.left, top: r.bottom + 4 });
          }}
          onFind={() => setFindOpen(true)}
          onVersions={() => setDialog('versions')}
        />
      )}
      {findOpen && <FindBar editor={editor} onClose={() => setFindOpen(false)} />}
      {notice && (
        <p className="editor-notice" role="alert">
          {notice}{' '}
          <button type="button" onClick={() => setNotice(null)}>
            Dismiss
          </button>
        </p>
      )}
      <EntitiesProvider value={entities}>
        <EditorContent editor={editor} className="section-body" />
      </EntitiesProvider>
      <footer className="word-count" data-testid="word-count">
        Section: {stats.words.toLocaleString('en-GB')} words · Report: {(otherWords + stats.words).toLocaleString('en-GB')} words
      </footer>
      {menuAt && <InsertMenu position={menuAt} onChoose={choose} onClose={() => setMenuAt(null)} />}
      {image.element}
      {dialog && (
        <EditorDialogs
          kind={dialog}
          editor={editor}
          sectionId={section.id}
          entities={lists}
          flush={autosave.flush}
          onClose={() => setDialog(null)}
        />
      )}
    </article>
  );
}
