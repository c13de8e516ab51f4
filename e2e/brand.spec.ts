import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './casebookPage';

/** Opens Brands and makes an editable copy of the bundled NHS blue. */
async function duplicateNhsBlue(app: Page) {
  await app.getByRole('button', { name: 'Brand…' }).click();
  const dialog = app.getByRole('dialog', { name: 'Brands' });
  await expect(dialog.getByRole('button', { name: /NHS blue.*In use.*Bundled/ })).toHaveAttribute('aria-current', 'true');
  await expect(dialog.getByLabel('Name')).toBeDisabled();
  await dialog.getByRole('button', { name: 'Duplicate to edit' }).click();
  await expect(dialog.getByRole('status')).toContainText('Made “NHS blue (copy)”');
  await expect(dialog.getByLabel('Name')).toHaveValue('NHS blue (copy)');
  await expect(dialog.getByLabel('Name')).toBeEnabled();
  return dialog;
}

const pngSize = (bytes: Buffer) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

test('a failing primary colour shows in the contrast table, and once used in the checklist and the preview', async ({ app, workspace }) => {
  await app.getByRole('button', { name: 'Preview' }).click();
  const preview = app.locator('.preview');
  await expect(preview).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  const before = (await preview.getAttribute('data-digest'))!;

  const dialog = await duplicateNhsBlue(app);
  await expect(dialog.getByTestId('contrast-summary')).toHaveText('All pairs pass WCAG AA');
  await dialog.getByLabel('Primary', { exact: true }).fill('#7FB2E5');
  await expect(dialog.getByTestId('contrast-summary')).toHaveText(/pairs? fails? WCAG AA/);
  const row = dialog.getByTestId('contrast-row').filter({ hasText: 'White text on primary colour' });
  await expect(row).toContainText('✗ Fails');
  await expect(row).toContainText('4.5:1');
  await app.screenshot({ path: 'test-results/brand-editor.png' });

  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog.getByRole('status')).toHaveText('Saved “NHS blue (copy)”.');
  await dialog.getByRole('button', { name: 'Use for this report' }).click();
  await expect(dialog.getByRole('status')).toHaveText('This report now uses “NHS blue (copy)”.');
  await expect(dialog.getByRole('button', { name: /NHS blue \(copy\).*In use/ })).toBeVisible();
  const used = workspace.require().meta.get().brandId!;
  expect(workspace.require().brands.get(used).colours.primary).toBe('#7FB2E5');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  // The preview follows the report's brand.
  await expect(preview).not.toHaveAttribute('data-digest', before, { timeout: 60_000 });
  await expect(preview).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });

  await app.getByRole('tab', { name: 'Checklist' }).click();
  await expect(app.getByRole('tabpanel').getByText(/NHS blue \(copy\).*White text on primary colour has contrast/)).toBeVisible({ timeout: 30_000 });
});

test('a brand file exported and imported again comes back as a second brand', async ({ app, tempDir, workspace }) => {
  const dialog = await duplicateNhsBlue(app);
  await dialog.getByLabel('Footer statement').fill('Learning from the Trust');
  await dialog.getByLabel('Body font').selectOption('Merriweather');
  await dialog.getByRole('radio', { name: 'Full bleed' }).check();
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog.getByRole('status')).toHaveText('Saved “NHS blue (copy)”.');

  const downloading = app.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export brand file…' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('NHS blue (copy).casebook-brand.json');
  const file = join(tempDir, download.suggestedFilename());
  await download.saveAs(file);
  const saved = JSON.parse(readFileSync(file, 'utf8'));
  expect(saved).toMatchObject({ format: 'casebook-brand', brand: { name: 'NHS blue (copy)', footerText: 'Learning from the Trust', coverLayout: 'full-bleed' } });

  await dialog.getByTestId('brand-import-input').setInputFiles(file);
  await expect(dialog.getByRole('status')).toHaveText('Imported “NHS blue (copy) (imported)”.');
  await expect(dialog.getByLabel('Footer statement')).toHaveValue('Learning from the Trust');
  await expect(dialog.getByLabel('Body font')).toHaveValue('Merriweather');
  const names = workspace.require().brands.list().map((b) => b.name);
  expect(names).toEqual(expect.arrayContaining(['NHS blue (copy)', 'NHS blue (copy) (imported)']));

  // Only the report's own brands can be deleted.
  await expect(dialog.getByRole('button', { name: 'Delete' })).toBeVisible();
  app.once('dialog', (d) => void d.accept());
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Deleted “NHS blue (copy) (imported)”.');
  expect(workspace.require().brands.list().map((b) => b.name)).not.toContain('NHS blue (copy) (imported)');
});

test('a PNG logo is stored as it is, an SVG logo as a PNG drawn at 1200 pixels', async ({ app, workspace }) => {
  const dialog = await duplicateNhsBlue(app);
  const project = workspace.require();
  const brandId = () => project.brands.list().find((b) => b.name === 'NHS blue (copy)')!.id;
  const png = readFileSync(join('resources', 'brands', 'logos', '6f1d2a3e-8b4c-4d5e-9f60-1a2b3c4d5e01.png'));

  await dialog.getByTestId('logo-file-input').setInputFiles({ name: 'trust.png', mimeType: 'image/png', buffer: png });
  await expect(dialog.getByTestId('brand-logo')).toBeVisible();
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog.getByRole('status')).toHaveText('Saved “NHS blue (copy)”.');
  const pngAsset = project.assets.list().find((a) => a.id === project.brands.get(brandId()).logoAssetId)!;
  expect(pngAsset).toMatchObject({ name: 'trust.png', mimeType: 'image/png' });
  expect(Buffer.from(project.assets.bytes(pngAsset.id)).equals(png)).toBe(true);

  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100"><rect width="300" height="100" fill="#005EB8"/><circle cx="50" cy="50" r="30" fill="#fff"/></svg>';
  await dialog.getByTestId('logo-file-input').setInputFiles({ name: 'trust.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(svg) });
  await expect(dialog.getByRole('button', { name: 'Save', exact: true })).toBeEnabled();
  await expect(dialog.getByTestId('brand-logo')).toBeVisible();
  await app.screenshot({ path: 'test-results/brand-logo.png' });
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog.getByRole('status')).toHaveText('Saved “NHS blue (copy)”.');
  const svgAsset = project.assets.list().find((a) => a.id === project.brands.get(brandId()).logoAssetId)!;
  expect(svgAsset).toMatchObject({ name: 'trust.png', mimeType: 'image/png' });
  expect(pngSize(Buffer.from(project.assets.bytes(svgAsset.id)))).toEqual({ width: 1200, height: 400 });

  await dialog.getByTestId('logo-file-input').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await expect(dialog.getByRole('alert')).toHaveText('“notes.txt” is not a PNG, JPEG or SVG image.');
});

test('Report ▸ Brand… and Ctrl+Alt+B open the brand editor', async ({ app }) => {
  // The shortcut is heard once the workspace has rendered.
  await expect(app.getByRole('button', { name: 'Brand…' })).toBeVisible();
  await app.keyboard.press('Control+Alt+B');
  const dialog = app.getByRole('dialog', { name: 'Brands' });
  await expect(dialog).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await app.evaluate(() => (window as unknown as { __casebookEmit(e: unknown): void }).__casebookEmit({ type: 'menu', command: 'brand' }));
  await expect(dialog).toBeVisible();
});
