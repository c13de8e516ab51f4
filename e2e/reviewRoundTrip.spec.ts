import { join } from 'node:path';
import { Project } from '../main/core/store/project';
import { createSampleProject } from '../main/core/sample/createSampleProject';
import { createThread, setResolved } from '../main/core/review/commentActions';
import { expect, test } from './casebookPage';
import { signInAs } from './reviewHelpers';

test('save a review copy, merge the reviewer’s work back, twice, and refuse another report', async ({ app, page, workspace, tempDir }, testInfo) => {
  await signInAs(page, 'Wren Writer', 'WW');
  const writer = workspace.require();
  await app.getByRole('tab', { name: 'Review' }).click();

  await app.getByRole('button', { name: 'Save review copy…' }).click();
  const copyPath = join(tempDir, 'for-priya.casebook');
  const field = app.getByRole('textbox', { name: 'Save the review copy as' });
  await expect(field).toHaveValue(/sample \(review copy\)\.casebook$/);
  await field.fill(copyPath);
  await app.getByRole('button', { name: 'Save copy' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Saved a review copy' })).toBeVisible();

  // The reviewer, offline, in the copy.
  const method = writer.sections.list().find((s) => s.title === 'Method')!;
  const copy = Project.open(copyPath);
  expect(copy.meta.get().reportId).toBe(writer.meta.get().reportId);
  const openThread = copy.comments.list().find((c) => !c.parentId && !c.resolved)!;
  setResolved(copy, openThread.id, true);
  createThread(copy, {
    sectionId: method.id,
    anchor: null,
    quotedText: 'nine trusts',
    body: 'The table lists more organisations than nine.',
    author: { name: 'Dr Priya Shah', initials: 'PS' },
  });
  copy.sections.update({ id: method.id, reviewStatus: 'changes-requested' });
  copy.close();

  const input = app.getByTestId('merge-review-input');
  await input.setInputFiles(copyPath);
  const notice = app.locator('.review-notice');
  await expect(notice).toContainText('Merged “for-priya.casebook”.');
  await expect(notice).toContainText('1 new thread, 0 replies');
  await expect(notice).toContainText('1 resolved');
  await expect(notice).toContainText('“Method”: Approved → Changes requested');
  expect(writer.sections.get(method.id).reviewStatus).toBe('changes-requested');
  expect(writer.comments.get(openThread.id).resolved).toBe(true);
  await expect(app.locator(`[role="treeitem"][data-section-id="${method.id}"] .review-badge`)).toHaveAttribute('data-review-status', 'changes-requested');
  await app.screenshot({ path: testInfo.outputPath('merged.png') });

  const comments = writer.comments.list().length;
  await input.setInputFiles(copyPath);
  await expect(notice).toContainText('Nothing new in “for-priya.casebook”');
  expect(writer.comments.list().length).toBe(comments);

  const otherPath = join(tempDir, 'other.casebook');
  createSampleProject(otherPath).close();
  await input.setInputFiles(otherPath);
  await expect(app.getByRole('alert')).toContainText('This review copy belongs to another report');
  expect(writer.comments.list().length).toBe(comments);
});
