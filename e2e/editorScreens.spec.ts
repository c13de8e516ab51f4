import { expect, test } from './casebookPage';
import { caretToEnd } from './editorHelpers';

// Screenshots of the editor's menus and dialogs, for a person to look at (test-results/).
test('the editor, its insert menu and the versions dialog read well at 1280×800', async ({ app }, testInfo) => {
  await caretToEnd(app);
  await app.keyboard.press('Enter');
  await app.keyboard.type('/');
  await expect(app.getByRole('menu', { name: 'Insert' })).toBeVisible();
  await app.screenshot({ path: testInfo.outputPath('insert-menu.png') });
  await app.keyboard.press('Escape');
  await app.getByRole('button', { name: 'Versions' }).click();
  await expect(app.getByRole('dialog', { name: 'Versions of this section' })).toBeVisible();
  await app.screenshot({ path: testInfo.outputPath('versions.png') });
});
