import type { Locator, Page } from '@playwright/test';
import type { Workspace } from '../main/core/api/workspace';
import type { DocNode } from '../shared/model';
import { expect } from './casebookPage';

/** The editable text of the open section. */
export const editorText = (page: Page): Locator => page.getByRole('textbox', { name: 'Section text' });

/** Waits until autosave has written everything (the title bar says Saved). */
export async function waitSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
}

export const firstSectionId = (workspace: Workspace): string => workspace.require().sections.list()[0]!.id;

/** Opens a section by clicking it in the outline. */
export async function openSection(page: Page, title: string): Promise<void> {
  await page.getByRole('treeitem').filter({ hasText: title }).first().click();
  await expect(page.locator('#section-title')).toContainText(title);
}

/** Every node of a type in a stored document. */
export const nodesOf = (node: DocNode, type: string): DocNode[] =>
  [node.type === type ? [node] : [], ...(node.content ?? []).map((c) => nodesOf(c, type))].flat();

/** The texts carrying a mark. */
export const markedTexts = (doc: DocNode, mark: string): string[] =>
  nodesOf(doc, 'text')
    .filter((t) => t.marks?.some((m) => m.type === mark))
    .map((t) => t.text ?? '');

/**
 * Clicks into the section text and waits until ProseMirror has settled on it:
 * it writes its own selection back to the page 20 ms after the editor takes
 * focus, which on a loaded machine can land after a caret move or a selection
 * made right after the click and undo it.
 */
export async function focusEditor(page: Page): Promise<void> {
  const text = editorText(page);
  await text.click();
  await expect(text).toBeFocused();
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
}

/** Clicks into the section text and puts the caret after its last character, checking it is there. */
export async function caretToEnd(page: Page): Promise<void> {
  const text = editorText(page);
  await focusEditor(page);
  await expect(async () => {
    await page.keyboard.press('Control+End');
    const textAfterCaret = await text.evaluate((editor) => {
      const selection = editor.ownerDocument.getSelection();
      if (!selection?.focusNode || !editor.contains(selection.focusNode)) return null;
      const rest = editor.ownerDocument.createRange();
      rest.selectNodeContents(editor);
      rest.setStart(selection.focusNode, selection.focusOffset);
      return rest.toString();
    });
    expect(textAfterCaret).toBe('');
  }).toPass({ timeout: 5000 });
}
