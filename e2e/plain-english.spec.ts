import { editorText, firstSectionId, waitSaved } from './editorHelpers';
import { expect, test } from './casebookPage';

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

test('plain-English notes are underlined in the text with their advice, on request, and follow edits', async ({ app, workspace }) => {
  workspace.require().sections.update({
    id: firstSectionId(workspace),
    content: { type: 'doc', content: [paragraph('In order to facilitate learning, the review was written by the team.')] },
  });
  await app.reload();
  const text = editorText(app);
  await expect(text).toContainText('In order to facilitate');
  const line = app.getByTestId('readability');
  await expect(line).toContainText(/Reading age [\d.]+ · 1 sentence · [1-9]\d* plain-English notes?/);
  const notes = text.locator('[data-plain-english]');
  await expect(notes).toHaveCount(0); // hidden until asked for

  await line.getByRole('button', { name: 'Show plain-English notes' }).click();
  await expect(line.getByRole('button', { name: 'Hide plain-English notes' })).toHaveAttribute('aria-pressed', 'true');
  const facilitate = text.locator('[data-plain-english="simpler-word"]', { hasText: 'facilitate' });
  await expect(facilitate).toHaveAttribute('title', /facilitate/);
  await expect(text.locator('[data-plain-english="simpler-word"]', { hasText: /In order to/ })).toHaveAttribute('title', /in order to/i);
  await expect(text.locator('[data-plain-english="passive"]', { hasText: 'written' })).toHaveAttribute('title', /passive voice/);
  await facilitate.click();
  await expect(line).toContainText(/At the cursor: .*facilitate/);
  await app.screenshot({ path: 'test-results/plain-english.png' });

  // The notes move with the text as it is typed, and a save checks the section again.
  await text.press('Control+Home');
  await text.pressSequentially('Today. ');
  await expect(facilitate).toHaveAttribute('title', /facilitate/);
  await waitSaved(app);
  await expect(line).toContainText(/Reading age [\d.]+ · 2 sentences/, { timeout: 15_000 });
  await expect(facilitate).toBeVisible();

  await line.getByRole('button', { name: 'Hide plain-English notes' }).click();
  await expect(notes).toHaveCount(0);
  // Nothing of the highlights reaches the stored text.
  expect(JSON.stringify(workspace.require().sections.get(firstSectionId(workspace)).content)).not.toContain('plain');
});
