import { PureEditorContent } from '@tiptap/react';

/**
 * EditorContent for editors kept between visits (editorCache). TipTap's own EditorContent resets
 * the node views when it unmounts, which makes ProseMirror rebuild the whole document, and again
 * when it mounts: hundreds of milliseconds for a long section, twice per switch. This one only
 * moves the editor's DOM out of the page and back; React node views re-render into their places.
 */
export class KeptEditorContent extends PureEditorContent {
  override init(): void {
    const editor = this.props.editor;
    const element = this.editorContentRef.current as HTMLElement | null;
    if (!editor || editor.isDestroyed || !element) return;
    // Not yet shown anywhere: TipTap's first mount sets up the React node views.
    if (!(editor as unknown as { contentComponent: unknown }).contentComponent) return super.init();
    const parent = editor.view.dom.parentNode;
    if (!parent || parent === element) return;
    element.append(...Array.from(parent.childNodes));
    editor.setOptions({ element });
  }

  override componentWillUnmount(): void {
    const editor = this.props.editor;
    const element = this.editorContentRef.current as HTMLElement | null;
    if (!editor || editor.isDestroyed || !element) return;
    const parked = document.createElement('div');
    parked.append(...Array.from(element.childNodes));
    editor.setOptions({ element: parked });
  }
}
