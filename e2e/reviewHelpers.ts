import type { Page } from '@playwright/test';
import type { Workspace } from '../main/core/api/workspace';
import { reportSchema } from '../shared/schema';
import { expect } from './casebookPage';
import { focusEditor } from './editorHelpers';
import { passageText } from '../shared/review/passageText';
import type { Comment } from '../shared/model';

/** Signs the window in as a reviewer before it loads (the identity normally set on first use). */
export async function signInAs(page: Page, name: string, initials: string): Promise<void> {
  await page.addInitScript((person) => localStorage.setItem('casebook.identity', JSON.stringify(person)), { name, initials });
}

/** Selects the first occurrence of text in the open section, as a person dragging across it would. */
export async function selectInEditor(page: Page, text: string): Promise<void> {
  await focusEditor(page);
  const found = await page.evaluate((wanted) => {
    const root = document.querySelector('.section-body .tiptap')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return true;
    }
    return false;
  }, text);
  if (!found) throw new Error(`“${text}” is not in the open section`);
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(text);
}

/** The text a stored thread's anchor covers in its section now. */
export function anchoredText(workspace: Workspace, comment: Comment): string | null {
  if (!comment.anchor) return null;
  const project = workspace.require();
  const doc = reportSchema().nodeFromJSON(project.sections.get(comment.sectionId).content);
  return passageText(doc, comment.anchor);
}

export const commentsOf = (workspace: Workspace) => workspace.require().comments.list();
