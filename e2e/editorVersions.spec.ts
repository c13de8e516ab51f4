import { expect, test } from './casebookPage';
import { caretToEnd, editorText, firstSectionId, waitSaved } from './editorHelpers';

test('save a version, change the text, restore it, and undo the restore', async ({ app, workspace }) => {
  const project = workspace.require();
  const id = firstSectionId(workspace);
  await editorText(app).click();
  await app.getByRole('button', { name: 'Versions' }).click();
  const dialog = app.getByRole('dialog', { name: 'Versions of this section' });
  await dialog.getByLabel('Version label').fill('Sent to panel');
  await dialog.getByLabel('Author').fill('Ann Writer');
  await dialog.getByRole('button', { name: 'Save version' }).click();
  await expect(dialog.getByRole('list', { name: 'Saved versions' }).getByRole('listitem')).toHaveCount(1);
  await expect(dialog.getByText('Sent to panel', { exact: true })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();

  await caretToEnd(app);
  await app.keyboard.type(' A later change.');
  await waitSaved(app);

  await app.keyboard.press('Control+Alt+s');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Restore Sent to panel' }).click();
  await expect(dialog.getByText('Restored “Sent to panel”.')).toBeVisible();
  await expect(editorText(app)).not.toContainText('A later change.');
  expect(JSON.stringify(project.sections.get(id).content)).not.toContain('A later change.');

  // The text before the restore was kept as a version: restoring that undoes the restore.
  await dialog.getByRole('button', { name: 'Restore Before restoring “Sent to panel”' }).click();
  await expect(editorText(app)).toContainText('A later change.');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await waitSaved(app);
  expect(JSON.stringify(project.sections.get(id).content)).toContain('A later change.');
  expect(project.snapshots.list(id).map((s) => s.author)).toContain('Ann Writer');
});
