import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brokenWebp } from '../main/core/images/testing/everyImageType';
import { doc, figure } from '../main/core/sample/builders';
import { generateLongReport } from '../main/core/sample/generateLongReport';
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

/*
 * A generated 500-section report: its export takes over a second of the
 * process that also serves the page (laying out, then writing section by
 * section, yielding between sections), while the Cancel click is a few round
 * trips, so the cancel always lands mid-way (within the first seventh of the
 * sections, also with both cores loaded). Generated once per worker (it takes
 * seconds), copied for each test.
 */
const longReport = test.extend<object, { longReportFile: string }>({
  longReportFile: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const dir = mkdtempSync(join(tmpdir(), 'casebook-e2e-long-'));
      const path = join(dir, 'long.casebook');
      generateLongReport(path, { sections: 500 }).close();
      await use(path);
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  projectPath: async ({ tempDir, longReportFile }, use) => {
    const path = join(tempDir, 'long.casebook');
    copyFileSync(longReportFile, path);
    await use(path);
  },
});

longReport('cancel an export: nothing is written, and exporting again succeeds', async ({ app, host, tempDir }) => {
  const folder = join(tempDir, 'exports');
  mkdirSync(folder);
  const destination = join(folder, 'long report.docx');
  host.nextSavePath = destination;
  // The shortcut is heard once the workspace has rendered.
  await expect(app.getByRole('button', { name: 'Export…' })).toBeVisible();
  await app.keyboard.press('Control+Shift+E');
  const dialog = app.getByRole('dialog', { name: 'Export report' });
  await dialog.getByRole('radio', { name: 'Word document' }).check();
  await dialog.getByRole('button', { name: 'Choose…' }).click();
  await expect(dialog.getByTestId('export-path')).toHaveText(destination);
  const state = dialog.getByTestId('export-state');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await dialog.getByRole('button', { name: 'Cancel export' }).click();
  await expect(state).toHaveText('Cancelled: nothing was written.');
  // Neither the file nor the temporary file it is written through.
  expect(readdirSync(folder)).toEqual([]);

  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(state).toHaveText('Exported.', { timeout: 60_000 });
  expect(readdirSync(folder)).toEqual(['long report.docx']);
  expect(readFileSync(destination).subarray(0, 2).toString()).toBe('PK');
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
