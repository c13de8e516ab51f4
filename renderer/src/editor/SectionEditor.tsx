import { useCallback, useEffect, useMemo, useState } from 'react';
import type { SectionSummary } from '../../../shared/model';
import { api } from '../api';
import { EditorDialogs, type DialogKind } from './EditorDialogs';
import { claimEntry, markStored, releaseEntry, setKeyHandlers, type EditorEntry } from './editorCache';
import { EntitiesProvider, useEntityLists } from './entities';
import { FindBar } from './FindBar';
import { InsertMenu, type InsertKind } from './InsertMenu';
import { KeptEditorContent } from './KeptEditorContent';
import { Toolbar } from './Toolbar';
import { useAutosave } from './useAutosave';
import { useDocStats } from './useDocStats';
import { useImageInsert } from './useImageInsert';
import { useReviewEditor } from '../review/useReviewEditor';
import { PlainEnglishBar } from '../publish/PlainEnglishBar';
import { usePlainEnglish } from '../publish/usePlainEnglish';

interface Props {
  /** The section's editor, new or kept from a recent visit (editorCache). */
  entry: EditorEntry;
  number: string;
  title: string;
  readOnly: boolean;
  /** Words in every other section, so the report total stays live while this one is typed. */
  otherWords: number;
  onSaved(summary: SectionSummary): void;
}

/** Above this many words, off-screen blocks skip layout (editor.css). */
const LONG_SECTION_WORDS = 3000;

/** The section editor: toolbar, text, find, insert menu and dialogs, with autosave. */
export function SectionEditor({ entry, number, title, readOnly, otherWords, onSaved }: Props) {
  const [dialog, setDialog] = useState<DialogKind | null>(null);
  const [menuAt, setMenuAt] = useState<{ left: number; top: number; above: number } | null>(null);
  const [findOpen, setFindOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const { editor } = entry;
  const sectionId = entry.sectionId;
  const saved = useCallback(
    (summary: SectionSummary) => {
      markStored(entry, summary.updatedAt);
      onSaved(summary);
    },
    [entry, onSaved],
  );
  const autosave = useAutosave(sectionId, editor, saved);
  useReviewEditor(editor, sectionId, readOnly);

  // Back in the cache when the section is left, so returning to it is instant.
  useEffect(() => {
    claimEntry(entry);
    editor.setEditable(!readOnly, false);
    return () => releaseEntry(entry);
  }, [entry, editor, readOnly]);

  // A kept editor may be behind the project (a version restored elsewhere, a review merged): catch up.
  const { hasUnsaved } = autosave;
  useEffect(() => {
    if (!entry.reused) return;
    let live = true;
    api()
      .getSection({ id: entry.sectionId })
      .then((stored) => {
        if (!live || editor.isDestroyed || stored.updatedAt === entry.storedAt || hasUnsaved()) return;
        editor.commands.setContent(stored.content, { emitUpdate: false });
        markStored(entry, stored.updatedAt);
      })
      .catch(() => undefined); // the open text stays; autosave reports any problem writing it
    return () => {
      live = false;
    };
  }, [entry, editor, hasUnsaved]);
  const stats = useDocStats(editor);
  const plainEnglish = usePlainEnglish(editor, sectionId, stats.words);
  const lists = useEntityLists();
  const entities = useMemo(() => ({ ...lists, citationNumbers: stats.citationNumbers }), [lists, stats.citationNumbers]);
  const image = useImageInsert(editor, setNotice);

  const openMenuAtCaret = useCallback(() => {
    if (!editor) return;
    const rect = editor.view.coordsAtPos(editor.state.selection.from);
    setMenuAt({ left: rect.left, top: rect.bottom + 4, above: rect.top });
  }, [editor]);

  useEffect(() => {
    setKeyHandlers(entry, {
      link: () => !readOnly && setDialog('link'),
      find: () => setFindOpen(true),
      versions: () => setDialog('versions'),
      slash: openMenuAtCaret,
    });
  }, [entry, readOnly, openMenuAtCaret]);

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
            setMenuAt({ left: r.left, top: r.bottom + 4, above: r.top });
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
        <KeptEditorContent key={sectionId} editor={editor} className={`section-body${stats.words > LONG_SECTION_WORDS ? ' is-long' : ''}`} />
      </EntitiesProvider>
      <footer className="word-count" data-testid="word-count">
        Section: {stats.words.toLocaleString('en-GB')} words · Report: {(otherWords + stats.words).toLocaleString('en-GB')} words
      </footer>
      <PlainEnglishBar plain={plainEnglish} />
      {menuAt && <InsertMenu position={{ left: menuAt.left, top: menuAt.top }} above={menuAt.above} onChoose={choose} onClose={() => setMenuAt(null)} />}
      {image.element}
      {dialog && (
        <EditorDialogs
          kind={dialog}
          editor={editor}
          sectionId={sectionId}
          entities={lists}
          flush={autosave.flush}
          onClose={() => setDialog(null)}
        />
      )}
    </article>
  );
}
