import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, type PDFObject } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { doc, h, p } from '../../../sample/builders';
import { Project } from '../../../store/project';
import { loadReportDocument } from '../../reportDocument';
import { renderPdf } from '../renderPdf';
import { hasTool, missingInOrder, openPdf, words } from '../testing/readPdf';
import { FRAME, PAGE } from './theme';

const dir = mkdtempSync(join(tmpdir(), 'casebook-pdf-table-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Distinct made-up words ("wab", "wac", …), so the order of every one can be checked. */
const word = (n: number) => 'w' + n.toString(26).replace(/./g, (d) => String.fromCharCode(97 + parseInt(d, 26)));
const longCell = Array.from({ length: 24 }, (_, k) => Array.from({ length: 110 }, (_, i) => word(k * 110 + i + 1000)).join(' ') + '.');

const cell = (type: string, content: ReturnType<typeof p>[]) => ({ type, attrs: { colspan: 1, rowspan: 1, colwidth: null }, content });
const longTable = {
  type: 'table',
  content: [
    { type: 'tableRow', content: [cell('tableHeader', [p('Theme heading')]), cell('tableHeader', [p('What staff described')])] },
    { type: 'tableRow', content: [cell('tableCell', [p('Support after incidents')]), cell('tableCell', longCell.map((text) => p(text)))] },
    { type: 'tableRow', content: [cell('tableCell', [p('Closing theme')]), cell('tableCell', [p('Closing words of the table.')])] },
  ],
};

const path = join(dir, 'table.pdf');
let bytes: Uint8Array;

beforeAll(async () => {
  const project = Project.create(join(dir, 'table.casebook'), { title: 'Tall rows' });
  try {
    project.sections.create({ parentId: null, title: 'Staff accounts', content: doc(h(2, 'Accounts'), p('Before the table.'), longTable, p('After the table.')) });
    bytes = await renderPdf(loadReportDocument(project));
  } finally {
    project.close();
  }
  writeFileSync(path, bytes);
});

/** Each structure element below the root, depth first: its role, its kids' roles and the pages its content is on. */
async function structElements(pdf: PDFDocument) {
  const out: { role: string; kids: string[]; pages: Set<string> }[] = [];
  const pagesOf = (dict: PDFDict, into: Set<string>) => {
    const own = dict.get(PDFName.of('Pg'));
    const kids = dict.lookup(PDFName.of('K'));
    const list = kids instanceof PDFArray ? kids.asArray() : kids ? [kids] : [];
    for (const kid of list) {
      const value = kid instanceof PDFRef ? pdf.context.lookup(kid) : kid;
      if (value instanceof PDFDict && value.get(PDFName.of('S'))) pagesOf(value, into);
      else if (value instanceof PDFDict) into.add(String(value.get(PDFName.of('Pg'))));
      else if (own) into.add(String(own));
    }
  };
  const visit = (object: PDFObject | undefined) => {
    const dict = object instanceof PDFRef ? pdf.context.lookup(object) : object;
    if (!(dict instanceof PDFDict)) return;
    const kids = dict.lookup(PDFName.of('K'));
    const list = (kids instanceof PDFArray ? kids.asArray() : kids ? [kids] : []).map((k) => (k instanceof PDFRef ? pdf.context.lookup(k) : k));
    const elements = list.filter((k): k is PDFDict => k instanceof PDFDict && !!k.get(PDFName.of('S')));
    const pages = new Set<string>();
    pagesOf(dict, pages);
    out.push({ role: String(dict.get(PDFName.of('S'))).slice(1), kids: elements.map((k) => String(k.get(PDFName.of('S'))).slice(1)), pages });
    elements.forEach(visit);
  };
  visit(pdf.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict).get(PDFName.of('K')));
  return out;
}

describe('a table row taller than a page', () => {
  it.runIf(hasTool('pdftotext'))('goes on over several pages: every word in order, the header row above each part', () => {
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
    const expected = words(['Theme heading What staff described', 'Support after incidents', ...longCell, 'Closing theme Closing words of the table', 'After the table'].join(' '));
    expect(missingInOrder(expected, words(text))).toBeNull();
    const pagesWithRow = text.split('\f').filter((page) => words(page).some((w) => longCell.some((t) => t.includes(w) && w.startsWith('w') && w.length > 2)));
    expect(pagesWithRow.length).toBeGreaterThanOrEqual(3);
    for (const page of pagesWithRow) expect(page).toContain('What staff described');
  });

  it('keeps all text inside the margins', async () => {
    const pdf = await openPdf(bytes);
    for (let i = 1; i <= pdf.numPages; i++) {
      for (const item of (await (await pdf.getPage(i)).getTextContent()).items) {
        if (!('str' in item) || !item.str.trim()) continue;
        const [, , , , x, y] = item.transform as number[];
        const where = `page ${i}: “${item.str}” at ${x},${y}`;
        expect(x! + item.width, where).toBeLessThanOrEqual(FRAME.right + 0.5);
        expect(PAGE.height - y!, where).toBeGreaterThanOrEqual(FRAME.headerBaseline - 1);
        expect(PAGE.height - y!, where).toBeLessThanOrEqual(FRAME.footerBaseline + 1);
      }
    }
  });

  it('is still one Table of three TRs, the tall row one TR whose TD holds content on several pages', async () => {
    const elements = await structElements(await PDFDocument.load(bytes));
    const table = elements.find((e) => e.role === 'Table')!;
    expect(table.kids).toEqual(['TR', 'TR', 'TR']);
    const rows = elements.filter((e) => e.role === 'TR');
    expect(rows.map((r) => r.kids)).toEqual([['TH', 'TH'], ['TD', 'TD'], ['TD', 'TD']]);
    expect(rows[1]!.pages.size).toBeGreaterThanOrEqual(3);
    // The repeated header rows are artifacts: the header's cells have content on one page only.
    expect(rows[0]!.pages.size).toBe(1);
  });
});
