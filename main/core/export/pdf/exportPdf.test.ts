import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSampleProject } from '../../sample/createSampleProject';
import { generateLongReport } from '../../sample/generateLongReport';
import type { Project } from '../../store/project';
import { loadReportDocument, type ReportDocument } from '../reportDocument';
import { exportPdf } from './exportPdf';
import { FRAME, PAGE } from './layout/theme';
import { expectedWords } from './testing/expectedWords';
import { contentIds, findRole, hasTool, missingInOrder, openPdf, roles, words, type StructItem } from './testing/readPdf';

const dir = mkdtempSync(join(tmpdir(), 'casebook-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Exported {
  path: string;
  report: ReportDocument;
  doc: Awaited<ReturnType<typeof openPdf>>;
  frontPages: number;
  /** Every progress report of the export: [done, total, stage]. */
  progress: [number, number, string][];
}

async function exported(name: string, make: (path: string) => Project): Promise<Exported> {
  const project = make(join(dir, `${name}.casebook`));
  const path = join(dir, `${name}.pdf`);
  const progress: Exported['progress'] = [];
  try {
    await exportPdf(project, path, { onProgress: (done, total, stage) => progress.push([done, total, stage]) });
    const report = loadReportDocument(project);
    const doc = await openPdf(readFileSync(path));
    const labels = (await doc.getPageLabels()) ?? [];
    return { path, report, doc, frontPages: labels.indexOf('1'), progress };
  } finally {
    project.close();
  }
}

const documents: Record<string, Exported> = {};
beforeAll(async () => {
  documents.sample = await exported('sample', (p) => createSampleProject(p));
  documents.long = await exported('long', (p) => generateLongReport(p));
}, 180_000);

const pdftotext = hasTool('pdftotext');

describe.each(['sample', 'long'])('the PDF of the %s report', (name) => {
  const get = () => documents[name] as Exported;

  it.runIf(pdftotext)('has every word of the report, in reading order (pdftotext)', () => {
    const { path, report, frontPages } = get();
    const text = execFileSync('pdftotext', ['-f', String(frontPages + 1), '-enc', 'UTF-8', path, '-'], { encoding: 'utf8', maxBuffer: 64e6 });
    const actual = words(text);
    const expected = expectedWords(report);
    expect(missingInOrder(expected.body, actual)).toBeNull();
    expect(expected.footnotes.length).toBeGreaterThan(0);
    for (const note of expected.footnotes) expect(missingInOrder(note, actual, Number.MAX_SAFE_INTEGER)).toBeNull();
  });

  it.runIf(hasTool('pdffonts'))('embeds and subsets every font (pdffonts)', () => {
    const rows = execFileSync('pdffonts', [get().path], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/^[A-Z]{6}\+\S+\s+CID TrueType\s+Identity-H\s+yes yes yes/);
  });

  it('has an outline entry for every heading, in order', async () => {
    const { doc, report } = get();
    type Item = { title: string; items: Item[] };
    const flat = (items: Item[]): string[] => items.flatMap((i) => [i.title, ...flat(i.items)]);
    const titles = flat(((await doc.getOutline()) ?? []) as Item[]);
    const headings = ['Contents'];
    for (const s of report.sections) {
      headings.push(`${s.number} ${s.title}`);
      const visit = (n: { type: string; content?: unknown[]; text?: string }) => {
        if (n.type === 'heading') headings.push(words(JSON.stringify(n.content)).length ? plain(n) : '');
        else (n.content as (typeof n)[] | undefined)?.forEach(visit);
      };
      visit(s.content);
    }
    if (report.citations.bibliography.length && !report.sections.some((s) => /^references$/i.test(s.title))) headings.push('References');
    expect(titles).toEqual(headings);
  });

  it('has internal links that land on the right page, and every external link', async () => {
    const { doc, report } = get();
    const pageWords = new Map<number, string[]>();
    const wordsOn = async (i: number) => {
      if (!pageWords.has(i)) {
        const content = await (await doc.getPage(i + 1)).getTextContent();
        pageWords.set(i, words(content.items.map((t) => ('str' in t ? t.str : '')).join(' ')));
      }
      return pageWords.get(i)!;
    };
    const urls = new Set<string>();
    let contentsLinks = 0;
    let footnoteLinks = 0;
    for (let i = 0; i < doc.numPages; i++) {
      for (const a of await (await doc.getPage(i + 1)).getAnnotations()) {
        if (a.subtype !== 'Link') continue;
        if (a.url) {
          urls.add(a.url);
          continue;
        }
        expect(Array.isArray(a.dest)).toBe(true);
        const target = await doc.getPageIndex(a.dest[0]);
        const label: string = a.contentsObj?.str ?? '';
        if (label.startsWith('Go to ')) {
          contentsLinks++;
          expect(missingInOrder(words(label.slice(6)), await wordsOn(target))).toBeNull();
        } else if (label.startsWith('Footnote ')) {
          footnoteLinks++;
          expect(target).toBe(i);
        }
      }
    }
    expect(contentsLinks).toBeGreaterThanOrEqual(report.sections.length);
    expect(footnoteLinks).toBeGreaterThan(0);
    const hrefs = new Set<string>();
    const collect = (n: { marks?: { type: string; attrs?: Record<string, unknown> }[]; content?: unknown[] }) => {
      for (const m of n.marks ?? []) if (m.type === 'link') hrefs.add(String(m.attrs?.href));
      (n.content as (typeof n)[] | undefined)?.forEach(collect);
    };
    report.sections.forEach((s) => collect(s.content));
    for (const href of hrefs) expect(urls).toContain(href);
  });

  it('keeps all text inside the margins', async () => {
    const { doc } = get();
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent();
      for (const item of content.items) {
        if (!('str' in item) || !item.str.trim()) continue;
        const [, , , , x, y] = item.transform as number[];
        const where = `page ${i}: “${item.str}” at ${x},${y}`;
        expect(x, where).toBeGreaterThanOrEqual(FRAME.left - 0.5);
        expect(x! + item.width, where).toBeLessThanOrEqual(FRAME.right + 0.5);
        expect(PAGE.height - y!, where).toBeGreaterThanOrEqual(FRAME.headerBaseline - 1);
        expect(PAGE.height - y!, where).toBeLessThanOrEqual(FRAME.footerBaseline + 1);
      }
    }
  });

  it('is tagged: a complete structure tree, every text tagged or an artifact', async () => {
    const { doc, path } = get();
    const seen = new Set<string>();
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const tree = (await page.getStructTree()) as StructItem;
      roles(tree).forEach((r) => seen.add(r));
      for (const figure of findRole(tree, 'Figure')) expect(figure.alt, `figure on page ${i}`).toBeTruthy();
      const inTree = contentIds(tree);
      const content = await page.getTextContent({ includeMarkedContent: true });
      const stack: (string | null)[] = [];
      const marked = new Set<string>();
      for (const item of content.items) {
        if ('type' in item && item.type === 'beginMarkedContentProps') {
          stack.push((item as { tag?: string }).tag === 'Artifact' ? 'artifact' : (item.id as string));
          if (item.id) marked.add(item.id);
        } else if ('type' in item && item.type === 'beginMarkedContent') stack.push(null);
        else if ('type' in item && item.type === 'endMarkedContent') stack.pop();
        else if ('str' in item && item.str.trim()) expect(stack.length, `untagged “${item.str}” on page ${i}`).toBeGreaterThan(0);
      }
      for (const id of marked) expect(inTree, `page ${i}`).toContain(id);
    }
    const required = ['Document', 'Sect', 'H1', 'H2', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD', 'Figure', 'Link', 'Note', 'TOC', 'TOCI'];
    for (const role of required) expect(seen, role).toContain(role);
    if (name === 'long') expect(seen).toContain('H3');

    const pdf = await PDFDocument.load(readFileSync(path), { updateMetadata: false });
    const catalog = pdf.catalog;
    expect(catalog.get(PDFName.of('Lang'))?.toString()).toMatch(/en-GB/);
    expect(catalog.lookup(PDFName.of('MarkInfo'), PDFDict).get(PDFName.of('Marked'))?.toString()).toBe('true');
    expect(catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict).get(PDFName.of('DisplayDocTitle'))?.toString()).toBe('true');
    expect(catalog.get(PDFName.of('StructTreeRoot'))).toBeDefined();
  });

  it('carries the metadata and page labels, with "Page X of Y" on the report pages', async () => {
    const { doc, report, frontPages } = get();
    const info = (await doc.getMetadata()).info as Record<string, string>;
    expect(info.Title).toBe(report.meta.title);
    expect(info.Author).toBe(report.meta.authors.join(', '));
    expect(info.Subject).toBeTruthy();
    expect(info.Keywords).toBeTruthy();
    expect(info.CreationDate).toMatch(/^D:\d{14}/);
    const labels = (await doc.getPageLabels()) as string[];
    expect(labels.slice(0, frontPages)).toEqual(['i', 'ii', 'iii', 'iv', 'v'].slice(0, frontPages));
    expect(labels[doc.numPages - 1]).toBe(String(doc.numPages - frontPages));
    const first = await (await doc.getPage(frontPages + 1)).getTextContent();
    expect(first.items.map((t) => ('str' in t ? t.str : '')).join(' ')).toContain(`Page 1 of ${doc.numPages - frontPages}`);
  });
});

describe('the long report', () => {
  it('runs 110–150 pages and repeats table header rows on continued pages', () => {
    const { doc, path, frontPages } = documents.long as Exported;
    expect(doc.numPages - frontPages).toBeGreaterThanOrEqual(100);
    expect(doc.numPages).toBeLessThanOrEqual(150);
    if (!pdftotext) return;
    const text = execFileSync('pdftotext', ['-f', String(frontPages + 1), path, '-'], { encoding: 'utf8', maxBuffer: 64e6 });
    const headers = text.split('What staff described').length - 1;
    const tables = 34;
    expect(headers).toBeGreaterThan(tables);
  });
});

describe('progress and cancelling on the long report', () => {
  it('reports every section laid out and every page drawn, in order, ending at the total', () => {
    const { progress, report, doc } = documents.long as Exported;
    expect(progress.length).toBeGreaterThanOrEqual(report.sections.length + doc.numPages);
    let [lastDone, lastTotal] = [0, 0];
    for (const [done, total] of progress) {
      expect(done).toBeGreaterThanOrEqual(lastDone);
      expect(total).toBeGreaterThanOrEqual(lastTotal);
      expect(done).toBeLessThanOrEqual(total);
      [lastDone, lastTotal] = [done, total];
    }
    const stages = progress.map(([, , stage]) => stage);
    expect(stages).toContain(`Laying out section 37 of ${report.sections.length}`);
    expect(stages).toContain(`Drawing page ${doc.numPages} of ${doc.numPages}`);
    expect(stages.indexOf(`Laying out section ${report.sections.length} of ${report.sections.length}`)).toBeLessThan(stages.indexOf('Drawing page 1 of ' + doc.numPages));
    const [done, total] = progress[progress.length - 1]!;
    expect(done).toBe(total);
  });

  it('stops in the middle of layout within a section of a cancel request, writing nothing', async () => {
    const { Project } = await import('../../store/project');
    const project = Project.open(join(dir, 'long.casebook'));
    const out = join(dir, 'cancelled-long.pdf');
    const controller = new AbortController();
    const stages: string[] = [];
    let afterAbort = 0;
    try {
      const exporting = exportPdf(project, out, {
        signal: controller.signal,
        onProgress: (_done, _total, stage) => {
          if (controller.signal.aborted) afterAbort++;
          stages.push(stage);
          // As a Cancel button would: from outside the export, as soon as the event loop gets a turn.
          if (stage.startsWith('Laying out section 37 ')) setImmediate(() => controller.abort());
        },
      });
      await expect(exporting).rejects.toThrow(/abort/i);
    } finally {
      project.close();
    }
    expect(stages[stages.length - 1]).toMatch(/^Laying out section 37 of/);
    expect(afterAbort).toBe(0);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('exportPdf', () => {
  const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

  it('never changes the project, reports progress to the end and writes atomically', async () => {
    const file = join(dir, 'unchanged.casebook');
    createSampleProject(file).close();
    const before = digest(file);
    const { Project } = await import('../../store/project');
    const project = Project.open(file);
    const out = join(dir, 'progress.pdf');
    const calls: [number, number][] = [];
    try {
      await exportPdf(project, out, { onProgress: (done, total) => calls.push([done, total]) });
    } finally {
      project.close();
    }
    expect(digest(file)).toBe(before);
    expect(calls.length).toBeGreaterThan(3);
    calls.reduce((prev, [done]) => (expect(done).toBeGreaterThanOrEqual(prev), done), 0);
    const [done, total] = calls[calls.length - 1]!;
    expect(done).toBe(total);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('stops when aborted and leaves the previous file as it was', async () => {
    const file = join(dir, 'abort.casebook');
    const { Project } = await import('../../store/project');
    createSampleProject(file).close();
    const project = Project.open(file);
    const out = join(dir, 'abort.pdf');
    writeFileSync(out, 'previous');
    const controller = new AbortController();
    try {
      const exporting = exportPdf(project, out, { signal: controller.signal, onProgress: (done) => done >= 3 && controller.abort() });
      await expect(exporting).rejects.toThrow(/abort/i);
    } finally {
      project.close();
    }
    expect(readFileSync(out, 'utf8')).toBe('previous');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

function plain(node: { type: string; text?: string; content?: unknown[] }): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'footnote') return '';
  return ((node.content ?? []) as (typeof node)[]).map(plain).join('');
}
