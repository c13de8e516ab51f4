/**
 * Editor speed in Chromium, against the built renderer and the real core:
 *   - typing in a 20,000-word section: time per keystroke from the transaction to laid-out DOM
 *     (p50/p95 over many keystrokes), and real key presses slower than one frame (Event Timing API);
 *   - switching sections: from the click in the outline to the new section's text on screen.
 * A benchmark, not a test: it prints figures. Run with `npm run bench:editor`.
 */
import { chromium, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APP_ORIGIN, bindApi, serveRenderer } from '../e2e/casebookPage';
import { Workspace } from '../main/core/api/workspace';
import type { DocNode } from '../shared/model';
import { countWords } from '../shared/doc/wordCount';

const TARGET_WORDS = 20_000;
const KEYSTROKES = 400;
const SWITCHES = 8;
const VOCABULARY =
  'staff patient safety incident support learning trust manager debrief review finding evidence ward nurse doctor care team culture report response framework after involved offered'.split(
    ' ',
  );

/** A long section with realistic structure: headings every few paragraphs, some bold, some lists. */
function longSection(words: number): DocNode {
  const content: DocNode[] = [];
  let written = 0;
  let n = 0;
  while (written < words) {
    n++;
    if (n % 12 === 1) content.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: `Part ${n}` }] });
    const sentence = Array.from({ length: 95 }, (_, i) => VOCABULARY[(n * 7 + i * 3) % VOCABULARY.length]).join(' ');
    content.push({
      type: 'paragraph',
      content: [
        { type: 'text', text: `${sentence.slice(0, 40)} ` },
        { type: 'text', marks: [{ type: 'bold' }], text: 'key point' },
        { type: 'text', text: ` ${sentence.slice(40)}.` },
      ],
    });
    written = countWords(content.map((c) => (c.content ?? []).map((t) => t.text).join('')).join(' '));
  }
  return { type: 'doc', content };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};
const ms = (v: number) => `${v.toFixed(2)} ms`;

async function typingLatency(page: Page): Promise<number[]> {
  return page.evaluate(async (count) => {
    type View = { state: { tr: { insertText(t: string): unknown }; doc: { content: { size: number } } }; dispatch(tr: unknown): void; dom: HTMLElement };
    const el = document.querySelector('.section-body .tiptap') as HTMLElement & { editor: { view: View; commands: { setTextSelection(p: number): void } } };
    const { view } = el.editor;
    el.editor.commands.setTextSelection(Math.floor(view.state.doc.content.size / 2));
    const times: number[] = [];
    const text = 'the quick brown fox jumps over the lazy dog ';
    for (let i = 0; i < count; i++) {
      const start = performance.now();
      view.dispatch(view.state.tr.insertText(text[i % text.length]!));
      void view.dom.getBoundingClientRect(); // include style and layout, as the browser must before painting
      times.push(performance.now() - start);
      // Let React effects and timers run between keystrokes, as they would between real key presses.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    return times;
  }, KEYSTROKES);
}

/**
 * Real key presses through Chromium's input pipeline. Event Timing measures each from the key event to
 * the next frame painted; headless frames are coarse, so only presses over 50 ms count as slow here.
 */
async function slowKeyPresses(page: Page, count: number): Promise<{ slow: number; worst: number }> {
  await page.evaluate(() => {
    const w = window as unknown as { __slow: number[] };
    w.__slow = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'keydown' && entry.duration > 50) w.__slow.push(entry.duration);
    }).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
  });
  await page.locator('.section-body .tiptap').focus();
  for (let i = 0; i < count; i++) await page.keyboard.press('KeyA');
  await page.waitForTimeout(500); // let the observer deliver
  const slow = await page.evaluate(() => (window as unknown as { __slow: number[] }).__slow);
  return { slow: slow.length, worst: slow.length ? Math.max(...slow) : 0 };
}

async function switchTime(page: Page, id: string, title: string): Promise<number> {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  return page.evaluate(
    async ({ id, title }) => {
      const start = performance.now();
      (document.querySelector(`[data-section-id="${id}"]`) as HTMLElement).click();
      for (;;) {
        const heading = document.querySelector('#section-title')?.textContent ?? '';
        const body = document.querySelector('.section-body .tiptap');
        if (heading.includes(title) && body && body.childElementCount > 0) break;
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      // Until the frame that shows it.
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return performance.now() - start;
    },
    { id, title },
  );
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'casebook-bench-'));
  const workspace = new Workspace();
  const browser = await chromium.launch({
    executablePath: process.env.CASEBOOK_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const project = workspace.create(join(dir, 'bench.casebook'), { title: 'Benchmark report' });
    const doc = longSection(TARGET_WORDS);
    const big = project.sections.create({ parentId: null, title: 'Long section', content: doc });
    const small = project.sections.create({
      parentId: null,
      title: 'Short section',
      content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'A short section.' }] }] },
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await serveRenderer(page);
    await bindApi(page, workspace);
    await page.goto(`${APP_ORIGIN}/index.html`);
    await page.locator(`[data-section-id="${big.id}"]`).click();
    await page.locator('.section-body .tiptap p').first().waitFor();

    console.log(`Section: ${project.sections.get(big.id).words.toLocaleString('en-GB')} words (${doc.content!.length} blocks)`);
    await typingLatency(page); // warm up the JIT
    const times = await typingLatency(page);
    console.log(`Typing, transaction to laid-out DOM, ${times.length} keystrokes: p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}, max ${ms(Math.max(...times))}`);
    const real = await slowKeyPresses(page, 100);
    console.log(`Typing, 100 real key presses: ${real.slow} took over 50 ms to the next frame${real.slow ? ` (worst ${ms(real.worst)})` : ''}`);

    // First visit of the short section loads it; the long one was opened above, so both are then kept.
    console.log(`Switching to a section not opened before: ${ms(await switchTime(page, small.id, 'Short section'))}`);
    const toSmall: number[] = [];
    const toBig: number[] = [];
    for (let i = 0; i < SWITCHES; i++) {
      toSmall.push(await switchTime(page, small.id, 'Short section'));
      toBig.push(await switchTime(page, big.id, 'Long section'));
    }
    console.log(`Switching back to the short section: median ${ms(percentile(toSmall, 50))}, worst ${ms(Math.max(...toSmall))}`);
    console.log(`Switching back to the 20,000-word section: median ${ms(percentile(toBig, 50))}, worst ${ms(Math.max(...toBig))}`);
    console.log('Targets: typing p95 < 16 ms; switching < 100 ms.');
  } finally {
    await browser.close();
    workspace.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
