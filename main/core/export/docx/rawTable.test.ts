import { BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type FileChild } from 'docx';
import { describe, expect, it } from 'vitest';
import { rawTable, type RawTableOptions, type TableBorder } from './rawTable';
import { docxParts } from './testing/docxParts';

const body = async (children: FileChild[]) => {
  const parts = await docxParts(await Packer.toBuffer(new Document({ sections: [{ children }] })));
  const xml = parts.get('word/document.xml')!.toString('utf8');
  return xml.slice(xml.indexOf('<w:body>'), xml.indexOf('<w:sectPr'));
};

const grey: TableBorder = { style: 'single', size: 4, color: 'BFBFBF' };
const none: TableBorder = { style: 'none', size: 0, color: 'FFFFFF' };
const text = (value: string, style = 'TableText') => new Paragraph({ style, children: [new TextRun(value)] });

/** The same table through docx's Table, TableRow and TableCell. */
function viaDocx(options: RawTableOptions): Table {
  const docxBorder = (b: TableBorder) => ({ style: b.style === 'single' ? BorderStyle.SINGLE : BorderStyle.NONE, size: b.size, color: b.color });
  const borders = Object.fromEntries(Object.entries(options.borders).map(([side, b]) => [side, docxBorder(b)]));
  return new Table({
    width: { size: options.width, type: WidthType.DXA },
    columnWidths: options.columnWidths,
    margins: options.margins,
    borders,
    rows: options.rows.map(
      (row) =>
        new TableRow({
          ...(row.header ? { tableHeader: true } : {}),
          ...(row.cantSplit ? { cantSplit: true } : {}),
          children: row.cells.map(
            (cell) =>
              new TableCell({
                width: { size: cell.width, type: WidthType.DXA },
                columnSpan: cell.columnSpan,
                rowSpan: cell.rowSpan,
                ...(cell.fill ? { shading: { fill: cell.fill, color: 'auto', type: 'clear' as const } } : {}),
                children: cell.children as Paragraph[],
              }),
          ),
        }),
    ),
  });
}

const margins = { top: 60, bottom: 60, left: 115, right: 115 };
const borders = { top: grey, left: grey, bottom: grey, right: grey, insideHorizontal: grey, insideVertical: grey };

describe('rawTable', () => {
  it('writes the same XML as docx for header rows, shading, column spans and nested tables', async () => {
    // Options are made twice: docx's Table takes its cells' children as its own.
    const options = (): RawTableOptions => ({
      width: 9000,
      columnWidths: [2999, 3000, 3000],
      margins,
      borders,
      rows: [
        { header: true, cantSplit: true, cells: ['A', 'B', 'C'].map((h) => ({ width: 3000, fill: '005EB8', children: [text(h, 'TableHeading')] })) },
        { cantSplit: true, cells: [{ width: 6000, columnSpan: 2, children: [text('wide & <escaped>'), text('second')] }, { width: 3000, children: [] }] },
        {
          cantSplit: true,
          cells: [
            { width: 3000, children: [rawTable({ width: 2800, columnWidths: [2800], margins, borders, rows: [{ cells: [{ width: 2800, children: [text('inner')] }] }] })] },
            { width: 3000, children: [text('x')] },
            { width: 3000, children: [new Paragraph({})] },
          ],
        },
      ],
    });
    const docxOptions = options();
    docxOptions.rows[2]!.cells[0]!.children = [viaDocx({ width: 2800, columnWidths: [2800], margins, borders, rows: [{ cells: [{ width: 2800, children: [text('inner')] }] }] })];
    expect(await body([rawTable(options())])).toBe(await body([viaDocx(docxOptions)]));
  });

  it('continues a cell that spans rows in the rows below it, at its column', async () => {
    const options = (): RawTableOptions => ({
      width: 6000,
      columnWidths: [2000, 2000, 2000],
      margins,
      borders,
      rows: [
        { cells: [{ width: 2000, children: [text('a')] }, { width: 2000, rowSpan: 3, fill: 'EEEEEE', children: [text('tall')] }, { width: 2000, children: [text('c')] }] },
        { cells: [{ width: 2000, children: [text('d')] }, { width: 2000, children: [text('e')] }] },
        { cells: [{ width: 4000, columnSpan: 2, rowSpan: 2, children: [text('f')] }] },
        { cells: [{ width: 2000, children: [text('g')] }] },
      ],
    });
    const raw = await body([rawTable(options())]);
    expect(raw).toBe(await body([viaDocx(options())]));
    expect(raw.match(/w:vMerge w:val="continue"/g)).toHaveLength(3);
  });

  it('writes a box: one shaded cell, a thick left edge and no inside borders', async () => {
    const options = (): RawTableOptions => ({
      width: 9000,
      columnWidths: [9000],
      margins: { top: 140, bottom: 180, left: 250, right: 180 },
      borders: { top: none, bottom: none, right: none, left: { style: 'single', size: 24, color: '005EB8' }, insideHorizontal: none, insideVertical: none },
      rows: [{ cells: [{ width: 9000, fill: 'E8EDEE', children: [text('Boxed', 'CalloutText')] }] }],
    });
    expect(await body([rawTable(options())])).toBe(await body([viaDocx(options())]));
  });
});
