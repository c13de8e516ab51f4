import { expect, test } from './casebookPage';
import { editorText, waitSaved } from './editorHelpers';
import { anchoredText, commentsOf, selectInEditor, signInAs } from './reviewHelpers';

test.describe('reviewing a report', () => {
  test.beforeEach(async ({ page }) => signInAs(page, 'Rae Reviewer', 'RR'));

  test('comment on a passage, reply, resolve and filter', async ({ app, workspace }, testInfo) => {
    await app.getByRole('tab', { name: 'Comments' }).click();
    const threads = app.locator('.thread-list .thread');
    // The sample comes with one open thread and one resolved one.
    await expect(threads).toHaveCount(1);
    await expect(app.locator('.section-body .comment-anchor')).toHaveCount(1);

    await selectInEditor(app, 'where they work');
    await app.getByRole('button', { name: 'Comment on selection' }).click();
    await app.getByRole('textbox', { name: 'New comment' }).fill('Which kinds of workplace?');
    await app.getByRole('button', { name: 'Comment', exact: true }).click();
    await expect(threads).toHaveCount(2);

    const mine = commentsOf(workspace).find((c) => c.body === 'Which kinds of workplace?')!;
    expect(mine).toMatchObject({ author: 'Rae Reviewer', authorInitials: 'RR', quotedText: 'where they work', resolved: false });
    expect(anchoredText(workspace, mine)).toBe('where they work');
    await expect(app.locator('.section-body .comment-anchor', { hasText: 'where they work' })).toHaveCount(1);

    const card = app.locator(`.thread[data-thread-id="${mine.id}"]`);
    await card.getByRole('button', { name: 'Reply' }).click();
    await card.getByRole('textbox', { name: 'Reply' }).fill('Acute, mental health and ambulance.');
    await card.getByRole('button', { name: 'Reply' }).click();
    await expect(card.locator('.comment-reply')).toHaveCount(1);
    expect(commentsOf(workspace).filter((c) => c.parentId === mine.id).map((c) => c.body)).toEqual(['Acute, mental health and ambulance.']);
    await app.screenshot({ path: testInfo.outputPath('comments-panel.png') });

    await card.getByRole('button', { name: 'Resolve' }).click();
    await expect(threads).toHaveCount(1);
    expect(workspace.require().comments.get(mine.id).resolved).toBe(true);

    await app.getByRole('combobox', { name: 'Show', exact: true }).selectOption('resolved');
    await expect(threads).toHaveCount(2);
    await card.getByRole('button', { name: 'Reopen' }).click();
    await expect(threads).toHaveCount(1);
    expect(workspace.require().comments.get(mine.id).resolved).toBe(false);

    await app.getByRole('combobox', { name: 'Show', exact: true }).selectOption('all');
    await expect(threads).toHaveCount(3);
    await app.getByRole('combobox', { name: 'Author', exact: true }).selectOption('Rae Reviewer');
    await expect(threads).toHaveCount(1);
    await app.getByRole('combobox', { name: 'Author', exact: true }).selectOption('');
    const method = workspace.require().sections.list().find((s) => s.title === 'Method')!;
    await app.getByRole('combobox', { name: 'Section', exact: true }).selectOption(method.id);
    await expect(threads).toHaveCount(1);
    await expect(threads.first()).toContainText('It was a national learning review');
  });

  test('edit and delete only your own comments', async ({ app, workspace }) => {
    await app.getByRole('tab', { name: 'Comments' }).click();
    const sampleThread = app.locator('.thread').first();
    // The sample's comments are Dr Priya Shah's and Tom Ellis's, not ours.
    await expect(sampleThread.getByRole('button', { name: 'Edit' })).toHaveCount(0);

    await selectInEditor(app, 'who their manager is');
    await app.keyboard.press('Control+Alt+m');
    await app.getByRole('textbox', { name: 'New comment' }).fill('Managers or supervisors?');
    await app.keyboard.press('Control+Enter');
    await expect.poll(() => commentsOf(workspace).some((c) => c.body === 'Managers or supervisors?')).toBe(true);
    const id = commentsOf(workspace).find((c) => c.body === 'Managers or supervisors?')!.id;
    const card = app.locator(`.thread[data-thread-id="${id}"]`);
    await card.getByRole('button', { name: 'Edit' }).click();
    await card.getByRole('textbox', { name: 'Edit comment' }).fill('Line managers or clinical supervisors?');
    await card.getByRole('button', { name: 'Save' }).click();
    await expect(card).toContainText('Line managers or clinical supervisors?');
    expect(commentsOf(workspace).some((c) => c.body === 'Line managers or clinical supervisors?')).toBe(true);

    await card.getByRole('button', { name: 'Delete' }).click();
    await card.getByRole('group', { name: 'Confirm deletion' }).getByRole('button', { name: 'Delete' }).click();
    await expect(card).toHaveCount(0);
    expect(commentsOf(workspace).some((c) => c.body.includes('supervisors'))).toBe(false);
  });

  test('choosing a thread opens its section and highlights its passage', async ({ app }) => {
    await app.getByRole('tab', { name: 'Comments' }).click();
    await app.getByRole('combobox', { name: 'Show', exact: true }).selectOption('all');
    await app.locator('.thread', { hasText: 'It was a national learning review' }).getByRole('button', { name: /national learning review/ }).click();
    await expect(app.locator('#section-title')).toContainText('Method');
    const active = app.locator('.section-body .comment-anchor-active');
    await expect(active).toHaveText('It was a national learning review');
    await expect(active).toBeInViewport();
  });

  test('the anchor follows edits, and a deleted passage leaves a detached thread', async ({ app, workspace }) => {
    const [thread] = commentsOf(workspace).filter((c) => !c.parentId && !c.resolved);
    const before = thread!.anchor!;
    await selectInEditor(app, 'We found that');
    await app.keyboard.press('Home');
    await app.keyboard.type('In short: ');
    await waitSaved(app);
    await expect.poll(() => workspace.require().comments.get(thread!.id).anchor?.from).toBe(before.from + 'In short: '.length);
    expect(anchoredText(workspace, workspace.require().comments.get(thread!.id))).toBe(thread!.quotedText);

    await selectInEditor(app, thread!.quotedText);
    await app.keyboard.press('Backspace');
    await waitSaved(app);
    await expect.poll(() => workspace.require().comments.get(thread!.id).anchor).toBeNull();
    await app.getByRole('tab', { name: 'Comments' }).click();
    await app.getByRole('combobox', { name: 'Show', exact: true }).selectOption('detached');
    const card = app.locator(`.thread[data-thread-id="${thread!.id}"]`);
    await expect(card).toContainText('The passage was deleted from the text.');
    await expect(card).toContainText(thread!.quotedText);
    await expect(editorText(app).locator('.comment-anchor')).toHaveCount(0);
  });

  test('undoing the deletion of a passage re-attaches its thread', async ({ app, workspace }) => {
    const [thread] = commentsOf(workspace).filter((c) => !c.parentId && !c.resolved);
    await selectInEditor(app, thread!.quotedText);
    await app.keyboard.press('Backspace');
    await waitSaved(app);
    await expect.poll(() => workspace.require().comments.get(thread!.id).anchor).toBeNull();
    await app.keyboard.press('Control+z');
    await expect(editorText(app).locator('.comment-anchor')).toHaveText(thread!.quotedText);
    await waitSaved(app);
    await expect.poll(() => anchoredText(workspace, workspace.require().comments.get(thread!.id))).toBe(thread!.quotedText);
  });

  test('review status in the outline and the progress view', async ({ app, workspace }, testInfo) => {
    const project = workspace.require();
    const findings = project.sections.list().find((s) => s.title === 'Findings')!;
    await app.getByRole('tab', { name: 'Review' }).click();
    const progress = app.getByTestId('review-progress');
    const count = (status: string) => progress.locator(`[data-status="${status}"] dd`);
    const approvedBefore = project.sections.list().filter((s) => s.reviewStatus === 'approved').length;
    await expect(count('approved')).toHaveText(String(approvedBefore));
    await expect(count('open-threads')).toHaveText('1');

    await app.getByRole('combobox', { name: /^Review status of .*Findings$/ }).selectOption('approved');
    await expect(count('approved')).toHaveText(String(approvedBefore + 1));
    await expect.poll(() => workspace.require().sections.get(findings.id).reviewStatus).toBe('approved');
    const badge = app.locator(`[role="treeitem"][data-section-id="${findings.id}"] .review-badge`);
    await expect(badge).toHaveAttribute('data-review-status', 'approved');
    await app.screenshot({ path: testInfo.outputPath('review-panel.png') });
  });
});

test('the first comment asks for a name and initials', async ({ app, workspace }) => {
  await app.getByRole('tab', { name: 'Comments' }).click();
  await selectInEditor(app, 'where they work');
  await app.getByRole('button', { name: 'Comment on selection' }).click();
  const dialog = app.getByRole('dialog', { name: 'Who is commenting?' });
  await dialog.getByLabel('Name').fill('Dr Sam Okafor');
  await expect(dialog.getByLabel('Initials')).toHaveValue('SO');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await app.getByRole('textbox', { name: 'New comment' }).fill('Worth a footnote.');
  await app.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect.poll(() => commentsOf(workspace).find((c) => c.body === 'Worth a footnote.')?.authorInitials).toBe('SO');
  await expect(app.locator('.identity')).toContainText('Dr Sam Okafor');
});
