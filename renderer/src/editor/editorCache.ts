import { Editor } from '@tiptap/core';
import type { Section } from '../../../shared/model';
import { editorExtensions } from './editorExtensions';
import { EditorKeys, type EditorKeyHandlers } from './extensions/editorKeys';
import { sanitizePaste } from './paste/sanitizePaste';

/** An editor for one section, kept alive while other sections are open so going back is instant. */
export interface EditorEntry {
  sectionId: string;
  editor: Editor;
  /** The component showing the editor points these at its own dialogs. */
  handlers: { current: EditorKeyHandlers };
  /** updatedAt of the stored section the editor's text matches (from loading or the last save). */
  storedAt: string;
  /** True when the entry came from the cache, not from a fresh load. */
  reused: boolean;
}

/** Editors of recently open sections; a 20,000-word section takes a few hundred ms to build. */
const RECENT_LIMIT = 4;
const idle = new Map<string, EditorEntry>();

export function createEntry(section: Section, readOnly: boolean): EditorEntry {
  const handlers = { current: { link() {}, find() {}, versions() {}, slash() {} } };
  const editor = new Editor({
    element: document.createElement('div'),
    extensions: [...editorExtensions(), EditorKeys.configure({ handlers: () => handlers.current })],
    content: section.content,
    editable: !readOnly,
    editorProps: {
      transformPastedHTML: sanitizePaste,
      attributes: { 'aria-label': 'Section text', role: 'textbox', 'aria-multiline': 'true', spellcheck: 'true' },
    },
  });
  return { sectionId: section.id, editor, handlers, storedAt: section.updatedAt, reused: false };
}

/** Takes a recent editor for this section out of the cache, if there is one. */
export function takeEntry(sectionId: string): EditorEntry | undefined {
  const entry = idle.get(sectionId);
  if (!entry) return undefined;
  idle.delete(sectionId);
  return { ...entry, reused: true };
}

/** Records that the stored section now matches the editor's text (after a save or a catch-up). */
export function markStored(entry: EditorEntry, updatedAt: string): void {
  entry.storedAt = updatedAt;
}

/** Points the editor's dialog shortcuts at the component now showing it. */
export function setKeyHandlers(entry: EditorEntry, handlers: EditorKeyHandlers): void {
  entry.handlers.current = handlers;
}

/** Marks an entry as on screen again (React may run an effect's cleanup and setup twice). */
export function claimEntry(entry: EditorEntry): void {
  if (idle.get(entry.sectionId) === entry) idle.delete(entry.sectionId);
}

/** Puts an editor no longer on screen back, destroying the least recently used beyond the limit. */
export function releaseEntry(entry: EditorEntry): void {
  if (entry.editor.isDestroyed) return;
  idle.delete(entry.sectionId);
  idle.set(entry.sectionId, entry);
  while (idle.size > RECENT_LIMIT) {
    const [oldest] = idle.values();
    idle.delete(oldest!.sectionId);
    oldest!.editor.destroy();
  }
}

/** Forgets every kept editor (another project opened, or sections changed behind the editor's back). */
export function clearEntries(): void {
  for (const entry of idle.values()) entry.editor.destroy();
  idle.clear();
}
