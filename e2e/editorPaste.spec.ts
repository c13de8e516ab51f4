import type { Page } from '@playwright/test';
import { expect, test } from './casebookPage';
import { caretToEnd, editorText, firstSectionId, nodesOf, waitSaved } from './editorHelpers';

/** Pastes HTML (with a plain-text fallback) on a new line at the end of the section, as the clipboard would. */
async function pasteAtEnd(app: Page, html: string): Promise<void> {
  const text = editorText(app);
  await caretToEnd(app);
  await app.keyboard.press('Enter');
  await text.evaluate((el, markup) => {
    const data = new DataTransfer();
    data.setData('text/html', markup);
    data.setData('text/plain', 'fallback');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
}

/** What Word puts on the clipboard, plus the hostile parts a web page could add. */
const WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{color:red}</style>
<script>window.__pwned = 'head script'</script></head><body lang=EN-GB>
<h1 style="color:red">Pasted heading</h1>
<p class=MsoNormal style="margin:0"><b>Bold bit</b> and <i>italic bit</i> and <span style="font-weight:700">styled bold</span><o:p></o:p></p>
<ul><li>One</li><li>Two<ul><li>Two a</li></ul></li></ul>
<table border=1><tr><td>A1</td><td>B1</td></tr><tr><td>A2</td><td>B2</td></tr></table>
<p><a href="https://example.org/ok">good link</a> and <a href="javascript:window.__pwned='link'">bad link</a>
<img src="x" onerror="window.__pwned='img onerror'"> <span onclick="window.__pwned='onclick'" style="color:blue">click me</span></p>
<script>window.__pwned = 'body script'</script>
</body></html>`;

test('pasting Word-like HTML keeps structure and drops scripts, handlers, styles and javascript: links', async ({ app, workspace }) => {
  const text = editorText(app);
  await pasteAtEnd(app, WORD_HTML);

  await expect(text.locator('h2', { hasText: 'Pasted heading' })).toBeVisible();
  await expect(text.locator('strong', { hasText: 'Bold bit' })).toBeVisible();
  await expect(text.locator('strong', { hasText: 'styled bold' })).toBeVisible();
  await expect(text.locator('em', { hasText: 'italic bit' })).toBeVisible();
  await expect(text.locator('ul ul li', { hasText: 'Two a' })).toBeVisible();
  await expect(text.locator('td', { hasText: 'B2' })).toBeVisible();
  await expect(text.locator('a[href="https://example.org/ok"]')).toHaveText('good link');
  await expect(text.getByText('bad link')).toBeVisible();
  await expect(text.locator('a[href^="javascript"]')).toHaveCount(0);
  await expect(text.locator('img:not(.ProseMirror-separator), script, style, [onclick], [onerror]')).toHaveCount(0);
  await expect(text.locator('h2', { hasText: 'Pasted heading' })).not.toHaveAttribute('style');
  expect(await app.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();

  await waitSaved(app);
  const stored = workspace.require().sections.get(firstSectionId(workspace)).content;
  const json = JSON.stringify(stored);
  expect(json).not.toMatch(/javascript:|__pwned|onerror|onclick|<script/i);
  expect(nodesOf(stored, 'table')).toHaveLength(1);
  expect(nodesOf(stored, 'bulletList')).toHaveLength(2);
});

/** Word desktop's lists: styled paragraphs with hidden markers, not <ul>/<ol>. */
const WORD_LIST_HTML = `<body lang=EN-GB>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;</span></span></span><![endif]>Offer a debrief</p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>1.<span>&nbsp;</span></span><![endif]>within 72 hours</p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>2.<span>&nbsp;</span></span><![endif]>in protected time</p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>·<span>&nbsp;</span></span><![endif]>Name a <b>contact</b></p>
<p class=MsoNormal>After the list.</p>
</body>`;

test('pasting a list from Word desktop keeps it a nested list', async ({ app }) => {
  const text = editorText(app);
  await pasteAtEnd(app, WORD_LIST_HTML);
  const list = text.locator('ul', { hasText: 'Offer a debrief' }).last();
  await expect(list.locator(':scope > li')).toHaveCount(2);
  await expect(list.locator('ol > li')).toHaveText(['within 72 hours', 'in protected time']);
  await expect(list.locator(':scope > li').nth(1).locator('strong')).toHaveText('contact');
  await expect(text.getByText('After the list.')).toBeVisible();
  await expect(text).not.toContainText('·');
});
