import { BorderStyle, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import type { DocNode } from '../../../../shared/model';
import type { BlockScope, DocxContext, SectionWalk } from './context';
import type { BlockRenderer } from './blocks';
import { nodeSize } from './positions';
import { STYLE } from './styleIds';

const grey = { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF' };
const span = (cell: DocNode, name: string) => Math.max(1, Number(cell.attrs?.[name] ?? 1) || 1);

const textLength = (node: DocNode): number => (node.text?.length ?? 0) + (node.content ?? []).reduce((n, c) => n + textLength(c), 0);

/**
 * Column widths: the editor's colwidth (pixels) when every column has one; else
 * by how much text the column holds (a column of long descriptions gets more room
 * than one of numbers), within limits so no column is squeezed to nothing.
 * Scaled to the width available.
 */
function columnWidths(rows: DocNode[], width: number): number[] {
  const count = Math.max(1, ...rows.map((r) => (r.content ?? []).reduce((n, c) => n + span(c, 'colspan'), 0)));
  const given: (number | null)[] = Array.from({ length: count }, () => null);
  const text = Array.from({ length: count }, () => 0);
  rows.forEach((row, r) => {
    let column = 0;
    for (const cell of row.content ?? []) {
      const colspan = span(cell, 'colspan');
      const widths = cell.attrs?.colwidth as number[] | null | undefined;
      for (let i = 0; i < colspan && column + i < count; i++) {
        if (r === 0) given[column + i] = widths?.[i] ?? null;
        text[column + i]! += textLength(cell) / colspan;
      }
      column += colspan;
    }
  });
  const known = given.every((w): w is number => typeof w === 'number' && w > 0);
  const raw = known ? (given as number[]) : text.map((chars) => Math.min(60, Math.max(8, chars / rows.length)));
  const total = raw.reduce((a, b) => a + b, 0);
  return raw.map((w) => Math.floor((w / total) * width));
}

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
        width: width - 230,
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
    margins: { top: 60, bottom: 60, left: 115, right: 115 },
    borders: { top: grey, bottom: grey, left: grey, right: grey, insideHorizontal: grey, insideVertical: grey },
    rows: tableRows,
  });
}
