import { PNG } from 'pngjs';
import { expect, test } from './casebookPage';
import { caretToEnd, editorText, firstSectionId, nodesOf, waitSaved } from './editorHelpers';

function png(): Buffer {
  const image = new PNG({ width: 20, height: 10 });
  image.data.fill(200);
  return PNG.sync.write(image);
}

test('an image is inserted from a file only once it has alt text, and stored as an asset', async ({ app, workspace }) => {
  const project = workspace.require();
  const assetsBefore = project.assets.list().length;
  await caretToEnd(app);
  await app.keyboard.press('Enter');
  await app.getByRole('button', { name: 'Insert ▾' }).click();
  const chooser = app.waitForEvent('filechooser');
  await app.getByRole('menuitem', { name: 'Image from file…' }).click();
  await (await chooser).setFiles({ name: 'ward.png', mimeType: 'image/png', buffer: png() });

  const dialog = app.getByRole('dialog', { name: 'Insert image' });
  const save = dialog.getByRole('button', { name: 'Save image' });
  await expect(save).toBeDisabled();
  await expect(dialog.getByText('Write alt text or tick “Decorative” to continue.')).toBeVisible();
  await dialog.getByLabel('Decorative').check();
  await expect(save).toBeEnabled();
  await dialog.getByLabel('Decorative').uncheck();
  await dialog.getByLabel(/Alt text/).fill('A ward corridor at night');
  await dialog.getByLabel('Caption').fill('Figure: the ward');
  await dialog.getByLabel(/Width/).fill('50');
  await save.click();

  const figure = editorText(app).locator('figure').last();
  await expect(figure.locator('img')).toHaveAttribute('alt', 'A ward corridor at night');
  await expect(figure.locator('img')).toHaveAttribute('src', /^blob:/);
  await expect(figure.locator('figcaption')).toHaveText('Figure: the ward');
  expect(await figure.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(20);
  await waitSaved(app);

  const stored = nodesOf(project.sections.get(firstSectionId(workspace)).content, 'figure').at(-1)!;
  expect(stored.attrs).toMatchObject({ alt: 'A ward corridor at night', caption: 'Figure: the ward', width: 50, decorative: false });
  expect(project.assets.list()).toHaveLength(assetsBefore + 1);
  expect(project.assets.get(stored.attrs!.assetId as string)).toMatchObject({ name: 'ward.png', altText: 'A ward corridor at night' });
});
