import { expect, test } from './casebookPage';

test('the checklist finds seeded problems and jumps to them', async ({ app, workspace }) => {
  const project = workspace.require();
  const target = project.sections.list()[2]!;
  project.sections.update({
    id: target.id,
    content: {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Seeded problem.' }] },
        { type: 'figure', attrs: { assetId: null, alt: '', decorative: false, caption: 'Unlabelled chart', width: 80 } },
      ],
    },
  });
  await app.getByRole('tab', { name: 'Checklist' }).click();
  const blocking = app.getByRole('list', { name: 'Blocking problems' });
  await expect(app.getByTestId('checklist-summary')).toContainText('to fix before publishing');
  const altProblem = blocking.getByRole('button', { name: /image has no alt text/ });
  await expect(altProblem).toHaveCount(1);
  await altProblem.click();
  await expect(app.locator('#section-title')).toContainText(target.title);
});
