import { buildReportDocx } from '../main/core/import/fixtures/buildDocx';
import { emitEvent, expect, test } from './casebookPage';
import { editorText } from './editorHelpers';

test('File → Import brings a Word document in as new sections', async ({ app, workspace }) => {
  const before = workspace.require().sections.list().length;
  await expect(app.getByRole('treeitem')).toHaveCount(before);
  const chooser = app.waitForEvent('filechooser');
  await app.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles({
    name: 'Staff support.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: await buildReportDocx(),
  });
  await expect(app.getByRole('status').filter({ hasText: 'Imported 3 sections from “Staff support.docx”.' })).toBeVisible();
  await expect(app.getByRole('treeitem')).toHaveCount(before + 3);
  const titles = workspace.require().sections.list().slice(-3).map((s) => s.title);
  expect(titles).toEqual(['Background', 'Method', 'Findings']);
  // The first imported section opens, with its footnote, list and link.
  await expect(app.locator('#section-title')).toContainText('Background');
  await expect(app.getByRole('treeitem', { selected: true })).toHaveAttribute('data-section-id', workspace.require().sections.list().at(-3)!.id);
  await expect(editorText(app)).toContainText('Psychological safety');
  await expect(editorText(app).locator('a[href="https://www.england.nhs.uk/patient-safety/"]')).toBeVisible();
  await expect(editorText(app).locator('[data-footnote]').first()).toContainText('Patient safety strategy');
});

test('a hostile file is refused with a clear message and the report is unchanged', async ({ app, workspace }) => {
  const before = workspace.require().sections.list().length;
  await expect(app.getByRole('treeitem')).toHaveCount(before);
  await emitEvent(app, { type: 'menu', command: 'import' });
  const chooser = app.waitForEvent('filechooser');
  await app.getByRole('dialog', { name: 'Import a document' }).getByRole('button', { name: 'Choose file…' }).click();
  await (await chooser).setFiles({ name: 'evil.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\u0003\u0004 this is not a real package') });
  await expect(app.getByRole('alert').filter({ hasText: '“evil.docx” was not imported' })).toBeVisible();
  await expect(app.getByRole('treeitem')).toHaveCount(before);
  expect(workspace.require().sections.list()).toHaveLength(before);
});

test('Markdown imports through the same menu', async ({ app, workspace }) => {
  const before = workspace.require().sections.list().length;
  await expect(app.getByRole('treeitem')).toHaveCount(before);
  await emitEvent(app, { type: 'menu', command: 'import' });
  const chooser = app.waitForEvent('filechooser');
  await app.getByRole('dialog', { name: 'Import a document' }).getByRole('button', { name: 'Choose file…' }).click();
  const md = '## Annex A\n\nText with **bold** and a footnote.[^n]\n\n## Annex B\n\n1. one\n   - nested\n\n[^n]: The note.';
  await (await chooser).setFiles({ name: 'annexes.md', mimeType: 'text/markdown', buffer: Buffer.from(md) });
  await expect(app.getByRole('treeitem')).toHaveCount(before + 2);
  await expect(app.locator('#section-title')).toContainText('Annex A');
  await expect(editorText(app).locator('strong')).toHaveText('bold');
  await expect(editorText(app).locator('[data-footnote]')).toHaveText('The note.');
});
