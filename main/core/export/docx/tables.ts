import { BorderStyle, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import type { DocNode } from '../../../../shared/model';
import type { BlockScope, DocxContext, SectionWalk } from './context';
import type { BlockRenderer } from './blocks';
import { nodeSize } from './positions';
import { STYLE } from './styleIds';

const grey = { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF' };
const span = (cell: DocNode, name: string) => Math.max(1, Number(cell.attrs?.[name] ?? 1) || 1);

const textOf = (node: DocNode): string => (node.text ?? '') + (node.content ?? []).map(textOf).join(' ');

/** About one character of 10 pt table text, and a cell's side margins, in twips. */
const CHAR = 110;
const CELL_SIDES = 230;

/**
 * Column widths: the editor's colwidth (pixels) when every column has one. Else
 * each column first gets room for its longest word (so no word is broken across
 * lines), and the rest is shared by how much text each column holds (a column of
 * descriptions gets more than one of numbers).
 */
function columnWidths(rows: DocNode[], width: number): number[] {
  const count = Math.max(1, ...rows.map((r) => (r.content ?? []).reduce((n, c) => n + span(c, 'colspan'), 0)));
  const given: (number | null)[] = Array.from({ length: count }, () => null);
  const chars = Array.from({ length: count }, () => 0);
  const longest = Array.from({ length: count }, () => 0);
  rows.forEach((row, r) => {
    let column = 0;
    for (const cell of row.content ?? []) {
      const colspan = span(cell, 'colspan');
      const widths = cell.attrs?.colwidth as number[] | null | undefined;
      const text = textOf(cell);
      const word = Math.max(0, ...text.split(/\s+/).map((w) => w.length));
      for (let i = 0; i < colspan && column + i < count; i++) {
        if (r === 0) given[column + i] = widths?.[i] ?? null;
        chars[column + i]! += text.length / colspan;
        if (colspan === 1) longest[column]! = Math.max(longest[column]!, word);
      }
      column += colspan;
    }
  });
  if (given.every((w): w is number => typeof w === 'number' && w > 0)) return scale(given as number[], width);
  const least = longest.map((n) => Math.min(n, 24) * CHAR + CELL_SIDES);
  const spare = width - least.reduce((a, b) => a + b, 0);
  if (spare <= 0) return scale(least, width);
  const weights = chars.map((n) => Math.min(60, Math.max(4, n / rows.length)));
  const total = weights.reduce((a, b) => a + b, 0);
  return least.map((w, i) => Math.floor(w + (spare * weights[i]!) / total));
}

const scale = (widths: number[], width: number) => {
  const total = widths.reduce((a, b) => a + b, 0);
  return widths.map((w) => Math.floor((w / total) * width));
};

/**
 * A table: leading rows of header cells repeat at the top of each page (tblHeader),
 * header cells are shaded in the brand colour, and cells hold any blocks.
 */
export function tableBlock(ctx: DocxContext, node: DocNode, walk: SectionWalk, scope: BlockScope, render: BlockRenderer): Table {
  const rows = node.content ?? [];
  const widths = columnWidths(rows, scope.width);
  let leadingHeader = true;
  walk.pos += 1;
  const tableRows = rows.map((row) => {
    const rowStart = walk.pos;
    walk.pos += 1;
    const cells = row.content ?? [];
    const isHeader = leadingHeader && cells.length > 0 && cells.every((c) => c.type === 'tableHeader');
    leadingHeader = isHeader;
    let column = 0;
    const tableCells = cells.map((cell) => {
      const cellStart = walk.pos;
      const colspan = span(cell, 'colspan');
      const width = widths.slice(column, column + colspan).reduce((a, b) => a + b, 0);
      column += colspan;
      const header = cell.type === 'tableHeader';
      walk.pos += 1;
      const children = render(ctx, cell.content ?? [], walk, {
        style: header ? STYLE.tableHeading : STYLE.tableText,
        width: width - 200,
        listLevel: 0,
      });
      walk.pos = cellStart + nodeSize(cell);
      return new TableCell({
        width: { size: width, type: WidthType.DXA },
        columnSpan: colspan > 1 ? colspan : undefined,
        rowSpan: span(cell, 'rowspan') > 1 ? span(cell, 'rowspan') : undefined,
        ...(header ? { shading: { fill: ctx.theme.primary, color: 'auto', type: 'clear' as const } } : {}),
        children: children.length ? (children as (Paragraph | Table)[]) : [new Paragraph({ style: STYLE.tableText })],
      });
    });
    walk.pos = rowStart + nodeSize(row);
    // Only header rows carry tblHeader: readers such as mammoth take the bare element, even switched off, as a header.
    return new TableRow({ ...(isHeader ? { tableHeader: true } : {}), cantSplit: true, children: tableCells });
  });
  return new Table({
    width: { size: scope.width, type: WidthType.DXA },
    columnWidths: widths,
    margins: { top: 80, bottom: 80, left: 100, right: 100 },
    borders: { top: grey, bottom: grey, left: grey, right: grey, insideHorizontal: grey, insideVertical: grey },
    rows: tableRows,
  });
}
