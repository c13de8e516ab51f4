import { Extension } from '@tiptap/core';

export interface EditorKeyHandlers {
  link(): void;
  find(): void;
  versions(): void;
  slash(): void;
}

export interface EditorKeysOptions {
  /**
   * Called at key time, so React can swap the handlers without rebuilding the editor. A function,
   * because TipTap deep-copies plain option objects (a ref passed in would be copied, then stale).
   */
  handlers: () => EditorKeyHandlers;
}

const none: EditorKeyHandlers = { link() {}, find() {}, versions() {}, slash() {} };

/** Shortcuts that open the editor's dialogs, and "/" on an empty line for the insert menu. */
export const EditorKeys = Extension.create<EditorKeysOptions>({
  name: 'editorKeys',
  addOptions() {
    return { handlers: () => none };
  },
  addKeyboardShortcuts() {
    const h = () => this.options.handlers();
    return {
      'Mod-k': () => (h().link(), true),
      'Mod-f': () => (h().find(), true),
      'Mod-Alt-s': () => (h().versions(), true),
      '/': ({ editor }) => {
        const { $from, empty } = editor.state.selection;
        if (!empty || $from.parent.type.name !== 'paragraph' || $from.parent.content.size > 0) return false;
        h().slash();
        return true;
      },
    };
  },
});
