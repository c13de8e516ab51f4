import { BorderStyle, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import type { DocNode } from '../../../../shared/model';
import type { BlockScope, DocxContext, SectionWalk } from './context';
import type { BlockRenderer } from './blocks';
import { nodeSize } from './positions';
import { STYLE } from './styleIds';

const grey = { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF' };
const span = (cell: DocNode, name: string) => Math.max(1, Number(cell.attrs?.[name] ?? 1) || 1);

/** Column widths from the editor's colwidth (pixels) when every column has one, else equal, scaled to the width. */
function columnWidths(rows: DocNode[], width: number): number[] {
  const first = rows[0]?.content ?? [];
  const widths: (number | null)[] = [];
  for (const cell of first) {
    const given = cell.attrs?.colwidth as number[] | null | undefined;
    for (let i = 0; i < span(cell, 'colspan'); i++) widths.push(given?.[i] ?? null);
  }
  const count = Math.max(1, ...rows.map((r) => (r.content ?? []).reduce((n, c) => n + span(c, 'colspan'), 0)));
  while (widths.length < count) widths.push(null);
  const known = widths.every((w): w is number => typeof w === 'number' && w > 0);
  const raw = known ? (widths as number[]) : widths.map(() => 1);
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
