import { expect, test } from './casebookPage';
import { caretToEnd, editorText, firstSectionId, openSection, waitSaved } from './editorHelpers';

test('autosave writes within a second of typing and survives a reload', async ({ app, workspace }) => {
  await caretToEnd(app);
  await app.keyboard.type(' Saved by autosave.');
  await expect(app.getByTestId('save-state')).toHaveText('Saving…');
  await waitSaved(app);
  const stored = JSON.stringify(workspace.require().sections.get(firstSectionId(workspace)).content);
  expect(stored).toContain('Saved by autosave.');
  await app.reload();
  await expect(editorText(app)).toContainText('Saved by autosave.');
});

test('leaving a section writes what was typed at once', async ({ app, workspace }) => {
  const sections = workspace.require().sections.list();
  await caretToEnd(app);
  await app.keyboard.type(' Written on leaving.');
  await openSection(app, sections[1]!.title);
  await waitSaved(app);
  expect(JSON.stringify(workspace.require().sections.get(sections[0]!.id).content)).toContain('Written on leaving.');
});

test('a failed write keeps the text, shows Error with Retry, and Retry saves it', async ({ app, workspace, projectPath }) => {
  await expect(editorText(app)).toBeVisible();
  const id = firstSectionId(workspace);
  workspace.close(); // every write now fails with "No project is open"
  await caretToEnd(app);
  await app.keyboard.type(' Kept through a failure.');
  const state = app.getByTestId('save-state');
  await expect(state).toContainText('Not saved: No project is open');
  await expect(editorText(app)).toContainText('Kept through a failure.');
  workspace.open(projectPath);
  await state.getByRole('button', { name: 'Retry' }).click();
  await waitSaved(app);
  expect(JSON.stringify(workspace.require().sections.get(id).content)).toContain('Kept through a failure.');
});
