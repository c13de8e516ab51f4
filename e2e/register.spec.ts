import { expect, test } from './casebookPage';

const RIS = `TY  - JOUR
AU  - Dekker, Sidney
AU  - Breakey, Hugh
TI  - 'Just culture': improving safety by achieving substantive, procedural and restorative justice
JO  - Safety Science
PY  - 2016
VL  - 85
SP  - 187
EP  - 193
DO  - 10.1016/j.ssci.2016.01.018
ER  -
TY  - JOUR
TI  - An entry with no end
`;

test('import a RIS file: added, and the unreadable entry reported with its place', async ({ app, workspace }) => {
  const before = workspace.require().references.list().length;
  await app.getByRole('tab', { name: 'References' }).click();
  await app.getByTestId('reference-file').setInputFiles({ name: 'library.ris', mimeType: 'application/x-research-info-systems', buffer: Buffer.from(RIS) });
  await expect(app.getByRole('status').filter({ hasText: 'library.ris' })).toContainText('1 added');
  await expect(app.getByRole('list', { name: 'References' }).getByRole('listitem')).toHaveCount(before + 1);
  await app.getByLabel('Search references').fill('restorative');
  await expect(app.getByRole('list', { name: 'References' }).getByRole('listitem')).toHaveCount(1);
});

test('deleting a cited reference is refused, naming where it is cited', async ({ app, workspace }) => {
  const project = workspace.require();
  const cited = project.references.list().find((r) => project.sections.all().some((s) => JSON.stringify(s.content).includes(r.id)))!;
  await app.getByRole('tab', { name: 'References' }).click();
  app.once('dialog', (d) => void d.accept());
  await app.getByRole('button', { name: `Delete ${cited.csl.title}` }).click();
  await expect(app.getByRole('alert')).toContainText('cited in');
  expect(project.references.list().some((r) => r.id === cited.id)).toBe(true);
});

test('a new finding, its usage links, and codes that follow the outline', async ({ app, workspace }) => {
  const project = workspace.require();
  await app.getByRole('button', { name: 'New finding' }).click();
  await app.getByLabel('Title').fill('Rotas leave no time for debriefs');
  await app.getByLabel(/Themes/).fill('Workload, Debriefing');
  await app.getByRole('button', { name: 'Save finding' }).click();
  const findings = app.getByRole('list', { name: 'Findings' });
  await expect(findings).toContainText('Rotas leave no time for debriefs');
  await expect(findings.getByRole('listitem').filter({ hasText: 'Rotas leave' })).toContainText('Not mentioned in the text yet.');
  await app.getByLabel('Filter findings by theme').selectOption('Workload');
  await expect(findings.getByRole('listitem')).not.toHaveCount(0);

  await app.getByLabel('Filter findings by theme').selectOption('');
  const first = project.register.listFindings()[0]!;
  const usage = findings.getByRole('listitem').filter({ hasText: first.title }).getByRole('button', { name: /^\d/ }).first();
  const target = (await usage.textContent())!;
  await usage.click();
  await expect(app.locator('#section-title')).toContainText(target.replace(/^[\d.]+\s*/, '').replace(/\s*\(\d+\)$/, ''));

  // Two sections at the top mention two findings first; swapping them by keyboard swaps the findings' codes.
  const [x, y] = project.register.listFindings().slice(2, 4) as unknown as [{ id: string; title: string }, { id: string; title: string }];
  const mention = (findingId: string) => ({
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'See ' }, { type: 'findingRef', attrs: { findingId } }] }],
  });
  project.sections.create({ parentId: null, index: 0, title: 'Alpha', content: mention(x.id) });
  const beta = project.sections.create({ parentId: null, index: 1, title: 'Beta', content: mention(y.id) });
  await app.reload();
  const codeOf = (id: string) => project.register.getFinding(id).code;
  expect([codeOf(x.id), codeOf(y.id)]).toEqual(['F1', 'F2']);
  await expect(findings.getByRole('listitem').filter({ hasText: y.title })).toContainText('F2');

  await app.locator(`[data-section-id="${beta.id}"]`).focus();
  await app.keyboard.press('Alt+ArrowUp');
  await expect.poll(() => [codeOf(x.id), codeOf(y.id)], { timeout: 15_000 }).toEqual(['F2', 'F1']);
  await expect(findings.getByRole('listitem').filter({ hasText: y.title })).toContainText('F1');
  await expect(findings.getByRole('listitem').filter({ hasText: x.title })).toContainText('F2');
});
