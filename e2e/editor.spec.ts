import { expect, test } from './casebookPage';
import { caretToEnd, editorText, firstSectionId, markedTexts, nodesOf, waitSaved } from './editorHelpers';

test('typing and formatting are saved to the project', async ({ app, workspace }) => {
  const text = editorText(app);
  await caretToEnd(app);
  await app.keyboard.press('Enter');
  await app.keyboard.press('Control+b');
  await app.keyboard.type('Bold words');
  await app.keyboard.press('Control+b');
  await app.keyboard.type(' then ');
  await app.keyboard.press('Control+i');
  await app.keyboard.type('italic');
  await app.keyboard.press('Control+i');
  await app.keyboard.press('Enter');
  await app.keyboard.press('Control+u');
  await app.keyboard.type('underlined');
  await app.keyboard.press('Control+u');
  await app.keyboard.press('Enter');
  await app.keyboard.press('Control+Alt+2');
  await app.keyboard.type('A new heading');
  await expect(text.locator('strong', { hasText: 'Bold words' })).toBeVisible();
  await expect(text.locator('em', { hasText: 'italic' })).toBeVisible();
  await expect(text.locator('u', { hasText: 'underlined' })).toBeVisible();
  await expect(text.locator('h2', { hasText: 'A new heading' })).toBeVisible();
  await waitSaved(app);

  const stored = workspace.require().sections.get(firstSectionId(workspace)).content;
  expect(markedTexts(stored, 'bold')).toContain('Bold words');
  expect(markedTexts(stored, 'italic')).toContain('italic');
  expect(markedTexts(stored, 'underline')).toContain('underlined');
  expect(nodesOf(stored, 'heading').map((h) => [h.attrs?.level, h.content?.[0]?.text])).toContainEqual([2, 'A new heading']);

  // Undo and redo, from the keyboard and the toolbar.
  await app.keyboard.press('Control+z');
  await expect(text.locator('h2', { hasText: 'A new heading' })).toHaveCount(0);
  await app.getByRole('button', { name: 'Redo' }).click();
  await expect(text.locator('h2', { hasText: 'A new heading' })).toBeVisible();
});

test('a table can be inserted and its rows, columns and header row changed', async ({ app, workspace }) => {
  const text = editorText(app);
  await caretToEnd(app);
  await app.keyboard.press('Enter');
  await app.getByRole('button', { name: 'Insert ▾' }).click();
  await app.getByRole('menuitem', { name: 'Table' }).click();
  const table = text.locator('table').last();
  await expect(table.locator('tr')).toHaveCount(3);
  await expect(table.locator('tr').first().locator('th')).toHaveCount(3);
  await app.getByRole('button', { name: 'Row below' }).click();
  await expect(table.locator('tr')).toHaveCount(4);
  await app.getByRole('button', { name: 'Column right' }).click();
  await expect(table.locator('tr').first().locator('th, td')).toHaveCount(4);
  await app.getByRole('button', { name: 'Delete column' }).click();
  await expect(table.locator('tr').first().locator('th, td')).toHaveCount(3);
  await app.keyboard.type('Trust');
  await expect(table.locator('th', { hasText: 'Trust' })).toBeVisible();
  await app.getByRole('button', { name: 'Header row' }).click();
  await expect(table.locator('th')).toHaveCount(0);
  await waitSaved(app);
  const stored = workspace.require().sections.get(firstSectionId(workspace)).content;
  expect(JSON.stringify(stored)).toContain('"text":"Trust"');
});

test('links accept web and mail addresses and refuse javascript:', async ({ app }) => {
  const text = editorText(app);
  await caretToEnd(app);
  await app.keyboard.press('Enter');
  await app.keyboard.type('our site');
  // Let the autosave of the typing settle first, so the selection below is the last thing to happen.
  await waitSaved(app);
  await app.keyboard.press('Shift+Home');
  await expect.poll(() => app.evaluate(() => window.getSelection()?.toString())).toBe('our site');
  await app.keyboard.press('Control+k');
  const address = app.getByLabel('Address (https://…, http://… or mailto:…)');
  await address.fill('javascript:alert(1)');
  await expect(app.getByText('Only web (http, https) and email (mailto) links are allowed.')).toBeVisible();
  await expect(app.getByRole('button', { name: 'Apply link' })).toBeDisabled();
  await address.fill('https://example.org/');
  await app.getByRole('button', { name: 'Apply link' }).click();
  await expect(text.locator('a[href="https://example.org/"]', { hasText: 'our site' })).toBeVisible();
});

test('find within a section highlights matches and steps through them', async ({ app }) => {
  const text = editorText(app);
  await text.click();
  await app.keyboard.press('Control+f');
  const find = app.getByRole('searchbox', { name: 'Find in section' });
  await expect(find).toBeFocused();
  await find.fill('the');
  await expect(app.locator('.find-match').first()).toBeVisible();
  const total = await app.locator('.find-match').count();
  expect(total).toBeGreaterThan(1);
  await find.press('Enter');
  await expect(app.getByTestId('find-count')).toHaveText(`1 of ${total}`);
  await find.press('Enter');
  await expect(app.getByTestId('find-count')).toHaveText(`2 of ${total}`);
  await find.press('Escape');
  await expect(app.locator('.find-match')).toHaveCount(0);
});

test('word counts show the section and the report', async ({ app, workspace }) => {
  const project = workspace.require();
  const total = project.sections.list().reduce((n, s) => n + s.words, 0);
  const first = project.sections.list()[0]!;
  await expect(app.getByTestId('word-count')).toHaveText(
    `Section: ${first.words.toLocaleString('en-GB')} words · Report: ${total.toLocaleString('en-GB')} words`,
  );
  await caretToEnd(app);
  await app.keyboard.type(' three more words');
  await expect(app.getByTestId('word-count')).toContainText(`Section: ${(first.words + 3).toLocaleString('en-GB')} words`);
});
