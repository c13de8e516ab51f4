import type { Page } from '@playwright/test';
import { expect, test } from './casebookPage';

const item = (page: Page, title: string) => page.getByRole('treeitem').filter({ hasText: title }).first();
const topTitles = (ws: { require(): { sections: { list(): { parentId: string | null; title: string }[] } } }) =>
  ws.require().sections.list().filter((s) => s.parentId === null).map((s) => s.title);

test('sections reorder and nest from the keyboard', async ({ app, workspace }) => {
  const [first, second] = topTitles(workspace);
  await item(app, second!).focus();
  await app.keyboard.press('Alt+ArrowUp');
  await expect(app.getByRole('treeitem').first()).toContainText(second!);
  expect(topTitles(workspace).slice(0, 2)).toEqual([second, first]);
  await expect(item(app, second!)).toBeFocused();

  // Alt+→ makes it a subsection of the section above; numbers follow as they will print.
  await item(app, first!).focus();
  await app.keyboard.press('Alt+ArrowRight');
  await expect(item(app, first!)).toHaveAttribute('aria-level', '2');
  const nested = workspace.require().sections.list().find((s) => s.title === first)!;
  expect(workspace.require().sections.get(nested.parentId!).title).toBe(second);
  await expect(item(app, first!).locator('.outline-number')).toHaveText(/^1\.\d+$/);
  await app.keyboard.press('Alt+ArrowLeft');
  await expect(item(app, first!)).toHaveAttribute('aria-level', '1');
});

test('nesting deeper than three levels is refused with a message', async ({ app, workspace }) => {
  const all = workspace.require().sections.list();
  await expect(app.getByRole('treeitem')).toHaveCount(all.length);
  const numbers = await app.locator('.outline-number').allTextContents();
  // A third-level section with a sibling above it: Alt+→ would make it a fourth level.
  const index = numbers.findIndex((n) => /^\d+\.\d+\.([2-9]|\d\d+)$/.test(n));
  expect(index).toBeGreaterThan(-1);
  const section = all[index]!;
  await app.locator(`[data-section-id="${section.id}"]`).focus();
  await app.keyboard.press('Alt+ArrowRight');
  await expect(app.locator('.outline-problem')).toContainText('at most 3 levels');
});

test('sections reorder by drag and drop', async ({ app, workspace }) => {
  // Items near the top, so neither drag needs the outline to scroll mid-drag.
  const [first, second, third] = topTitles(workspace) as [string, string, string];
  await item(app, third).dragTo(item(app, first), { targetPosition: { x: 40, y: 2 } });
  await expect(app.getByRole('treeitem').first()).toContainText(third);
  expect(topTitles(workspace).slice(0, 3)).toEqual([third, first, second]);
  // Dropping on the middle of a section nests it inside, as the last subsection.
  const box = (await item(app, first).boundingBox())!;
  await item(app, third).dragTo(item(app, first), { targetPosition: { x: 40, y: box.height / 2 } });
  await expect(item(app, third)).toHaveAttribute('aria-level', '2');
  const moved = workspace.require().sections.list().find((s) => s.title === third)!;
  expect(workspace.require().sections.get(moved.parentId!).title).toBe(first);
});

test('add, rename, delete after asking, and undo the deletion', async ({ app, workspace }) => {
  const count = workspace.require().sections.list().length;
  await item(app, topTitles(workspace)[0]!).click();
  await app.getByRole('button', { name: 'Add section' }).click();
  const rename = app.getByRole('textbox', { name: 'Section title' });
  await expect(rename).toBeFocused();
  await rename.fill('Annex: method detail');
  await rename.press('Enter');
  await expect(item(app, 'Annex: method detail')).toBeVisible();
  await expect(app.locator('#section-title')).toContainText('Annex: method detail');
  expect(workspace.require().sections.list().map((s) => s.title)).toContain('Annex: method detail');

  await item(app, 'Annex: method detail').focus();
  await app.keyboard.press('F2');
  await rename.fill('Annex A');
  await rename.press('Enter');
  await expect(item(app, 'Annex A')).toBeVisible();

  await item(app, 'Annex A').focus();
  await app.keyboard.press('Delete');
  const confirm = app.getByRole('dialog', { name: 'Delete section?' });
  await expect(confirm).toContainText('Annex A');
  await confirm.getByRole('button', { name: 'Delete section' }).click();
  await expect(app.getByRole('treeitem').filter({ hasText: 'Annex A' })).toHaveCount(0);
  expect(workspace.require().sections.list()).toHaveLength(count);
  await app.getByRole('status').filter({ hasText: 'deleted' }).getByRole('button', { name: 'Undo' }).click();
  await expect(item(app, 'Annex A')).toBeVisible();
  expect(workspace.require().sections.list()).toHaveLength(count + 1);
});

test('deleting a section with subsections restores them all on undo', async ({ app, workspace }) => {
  const project = workspace.require();
  const parent = project.sections.list().find((s) => project.sections.list().some((c) => c.parentId === s.id))!;
  const count = project.sections.list().length;
  await item(app, parent.title).click();
  await app.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(app.getByRole('dialog', { name: 'Delete section?' })).toContainText('subsection');
  await app.getByRole('button', { name: 'Delete section' }).click();
  await expect(app.getByRole('treeitem')).not.toHaveCount(count);
  await app.getByRole('status').filter({ hasText: 'deleted' }).getByRole('button', { name: 'Undo' }).click();
  await expect(app.getByRole('treeitem')).toHaveCount(count);
  expect(project.sections.list().map((s) => s.id)).toContain(parent.id);
});

test('undoing a delete brings back the section’s comment threads', async ({ app, workspace }) => {
  const project = workspace.require();
  const thread = project.comments.list().find((c) => c.parentId === null && !c.resolved)!;
  const section = project.sections.get(thread.sectionId);
  await app.getByRole('tab', { name: 'Comments' }).click();
  const card = app.locator(`.thread-list .thread[data-thread-id="${thread.id}"]`);
  await expect(card).toContainText(thread.body);

  await item(app, section.title).click();
  await app.getByRole('button', { name: 'Delete', exact: true }).click();
  await app.getByRole('dialog', { name: 'Delete section?' }).getByRole('button', { name: 'Delete section' }).click();
  await expect(app.getByRole('treeitem').filter({ hasText: section.title })).toHaveCount(0);
  await expect(card).toHaveCount(0);
  expect(project.comments.list().map((c) => c.id)).not.toContain(thread.id);

  await app.getByRole('status').filter({ hasText: 'deleted' }).getByRole('button', { name: 'Undo' }).click();
  await expect(item(app, section.title)).toBeVisible();
  await expect(card).toContainText(thread.body);
  // The same stored thread, not a copy: its id, author and text are as they were.
  expect(project.comments.get(thread.id)).toMatchObject({ sectionId: section.id, author: thread.author, body: thread.body });
});
