import { expect, test } from './casebookPage';

test('opening the sample shows its outline and the first section', async ({ app, workspace }) => {
  const project = workspace.require();
  const sections = project.sections.list();
  await expect(app.getByTestId('report-title')).toHaveText(project.meta.get().title);
  const items = app.getByRole('treeitem');
  await expect(items).toHaveCount(sections.length);
  await expect(items.first()).toContainText(sections[0]!.title);
  await expect(app.locator('#section-title')).toContainText(sections[0]!.title);
  await expect(app.getByTestId('save-state')).toHaveText('Saved');
});

test('the outline is usable by keyboard alone', async ({ app, workspace }) => {
  const sections = workspace.require().sections.list();
  await app.getByRole('treeitem').first().focus();
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('Enter');
  await expect(app.locator('#section-title')).toContainText(sections[1]!.title);
  await expect(app.getByRole('treeitem').nth(1)).toHaveAttribute('aria-selected', 'true');
});

test('panels list the findings, references and comments of the report', async ({ app, workspace }) => {
  const project = workspace.require();
  const findings = project.register.listFindings();
  // Each finding's item holds a list of its own, of the places it is mentioned: count the findings.
  await expect(app.getByRole('list', { name: 'Findings' }).locator(':scope > li')).toHaveCount(findings.length);
  await app.getByRole('tab', { name: 'References' }).click();
  await expect(app.getByRole('list', { name: 'References' }).getByRole('listitem')).toHaveCount(project.references.list().length);
});

test('a bad call is answered with a readable error, not a crash', async ({ app }) => {
  const result = await app.evaluate(() =>
    (window as unknown as { casebook: { getSection(a: unknown): Promise<unknown> } }).casebook.getSection({ id: 'not-a-uuid' }),
  );
  expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  expect(JSON.stringify(result)).toContain('id');
});

test('the shell reads well at 1280×800', async ({ app }, testInfo) => {
  await expect(app.locator('.section-body .tiptap')).toBeVisible();
  await app.screenshot({ path: testInfo.outputPath('shell.png') });
});
