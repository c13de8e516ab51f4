import { expect, test } from './casebookPage';
import { editorText, firstSectionId, nodesOf, waitSaved } from './editorHelpers';

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
  await text.click();
  await app.keyboard.press('Control+End');
  await app.keyboard.press('Enter');
  await text.evaluate((el, html) => {
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', 'fallback');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, WORD_HTML);

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
