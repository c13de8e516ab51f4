import { existsSync, readFileSync } from 'node:fs';
import { brokenWebp } from '../main/core/images/testing/everyImageType';
import { doc, figure } from '../main/core/sample/builders';
import { expect, test } from './casebookPage';

test('export a PDF with progress, then open and show it', async ({ app, host }) => {
  await app.getByRole('button', { name: 'Export…' }).click();
  const dialog = app.getByRole('dialog', { name: 'Export report' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: 'PDF' }).check();
  await dialog.getByRole('button', { name: 'Choose…' }).click();
  await expect(dialog.getByTestId('export-path')).toContainText('.pdf');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('progressbar', { name: 'Export progress' })).toBeVisible();
  await expect(dialog.getByTestId('export-state')).toHaveText('Exported.', { timeout: 60_000 });
  const path = host.saved.at(-1)!;
  expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
  await dialog.getByRole('button', { name: 'Show in folder' }).click();
  await dialog.getByRole('button', { name: 'Open' }).click();
  await expect.poll(() => host.shown).toEqual([path]);
  await expect.poll(() => host.opened).toEqual([path]);
});

test('an image that could not be converted is listed under Exported', async ({ app, workspace }) => {
  const project = workspace.require();
  const image = brokenWebp();
  const asset = project.assets.create({ name: image.name, mimeType: image.mimeType, bytes: image.bytes, altText: image.alt, decorative: false });
  project.sections.create({ parentId: null, title: 'Chart', content: doc(figure({ assetId: asset.id, alt: image.alt, caption: 'A chart' })) });
  await app.getByRole('button', { name: 'Export…' }).click();
  const dialog = app.getByRole('dialog', { name: 'Export report' });
  await dialog.getByRole('radio', { name: 'PDF' }).check();
  await dialog.getByRole('button', { name: 'Choose…' }).click();
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByTestId('export-state')).toHaveText('Exported.', { timeout: 60_000 });
  const warnings = dialog.getByRole('status').filter({ has: app.getByRole('heading', { name: 'Check one thing in the exported file' }) });
  await expect(warnings.getByRole('listitem')).toHaveText([/^Image “broken\.webp” could not be converted for print .+; its description is shown instead\.$/]);
  await dialog.screenshot({ path: test.info().outputPath('export-warnings.png') });
});

test('cancel an export: nothing is written', async ({ app, host }) => {
  // The shortcut is heard once the workspace has rendered.
  await expect(app.getByRole('button', { name: 'Export…' })).toBeVisible();
  await app.keyboard.press('Control+Shift+E');
  const dialog = app.getByRole('dialog', { name: 'Export report' });
  await dialog.getByRole('radio', { name: 'Word document' }).check();
  await dialog.getByRole('button', { name: 'Choose…' }).click();
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await dialog.getByRole('button', { name: 'Cancel export' }).click({ timeout: 5_000 }).catch(() => undefined);
  await expect(dialog.getByTestId('export-state')).toHaveText(/Cancelled|Exported/, { timeout: 60_000 });
  const state = await dialog.getByTestId('export-state').textContent();
  expect(existsSync(host.saved.at(-1)!)).toBe(state === 'Exported.');
});

test('preview shows the real PDF pages and changes after a brand change and after an edit', async ({ app }) => {
  await app.getByRole('button', { name: 'Preview' }).click();
  const preview = app.locator('.preview');
  const indicator = app.getByTestId('preview-page');
  await expect(indicator).toContainText(/Page 1 of \d+/, { timeout: 60_000 });
  await expect(app.getByRole('img', { name: 'Page 1 of the exported PDF' })).toBeVisible();
  await app.getByRole('button', { name: 'Page 2', exact: true }).click();
  await expect(indicator).toContainText('Page 2 of');
  await app.getByLabel('Zoom').selectOption('1.5');
  const original = (await preview.getAttribute('data-digest'))!;

  await app.getByLabel('Preview brand').selectOption('Neutral');
  await expect(preview).not.toHaveAttribute('data-digest', original, { timeout: 60_000 });
  await expect(preview).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });

  await app.getByRole('button', { name: 'Back to writing' }).click();
  await app.getByRole('tab', { name: 'References' }).click();
  await app.getByLabel('Citation style').selectOption('harvard');
  await app.getByRole('button', { name: 'Preview' }).click();
  await expect(app.locator('.preview')).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  await expect(app.locator('.preview')).toHaveAttribute('data-digest', /.+/);
  expect(await app.locator('.preview').getAttribute('data-digest')).not.toBe(original);
});
