import { Paragraph, type FileChild } from 'docx';
import type { DocNode } from '../../../../shared/model';
import { columnWidths as pdfColumnWidths } from '../pdf/layout/table';
import { pdfThemeOf } from './brandMeasures';
import type { BlockScope, DocxContext, SectionWalk } from './context';
import type { BlockRenderer } from './blocks';
import { nodeSize } from './positions';
import { rawTable, type RawTableRow, type TableBorder } from './rawTable';
import { STYLE } from './styleIds';

const grey: TableBorder = { style: 'single', size: 4, color: 'BFBFBF' };
const span = (cell: DocNode, name: string) => Math.max(1, Number(cell.attrs?.[name] ?? 1) || 1);

/**
 * Column widths in twips, as the PDF sets them (each column at least its longest
 * word, the rest shared by how much text it holds, measured in the brand's
 * fonts), so cells wrap and rows take the height they take in the PDF.
 */
function columnWidths(ctx: DocxContext, rows: DocNode[], width: number): number[] {
  const count = Math.max(1, ...rows.map((r) => (r.content ?? []).reduce((n, c) => n + span(c, 'colspan'), 0)));
  return pdfColumnWidths({ theme: pdfThemeOf(ctx.report.brand) }, rows, count, width / 20).map((points) => Math.floor(points * 20));
}

/**
 * A table: leading rows of header cells repeat at the top of each page (tblHeader),
 * header cells are shaded in the brand colour, and cells hold any blocks.
 */
export function tableBlock(ctx: DocxContext, node: DocNode, walk: SectionWalk, scope: BlockScope, render: BlockRenderer): FileChild {
  const rows = node.content ?? [];
  const widths = columnWidths(ctx, rows, scope.width);
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
      return {
        width,
        columnSpan: colspan,
        rowSpan: span(cell, 'rowspan'),
        fill: header ? ctx.theme.primary : undefined,
        children: children.length ? children : [new Paragraph({ style: STYLE.tableText })],
      };
    });
    walk.pos = rowStart + nodeSize(row);
    // Only header rows carry tblHeader: readers such as mammoth take the bare element, even switched off, as a header.
    return { header: isHeader, cantSplit: true, cells: tableCells } satisfies RawTableRow;
  });
  return rawTable({
    width: scope.width,
    columnWidths: widths,
    // The PDF's 4 pt above and below the text; LibreOffice adds the 0.5 pt border line below it.
    margins: { top: 80, bottom: 70, left: 100, right: 100 },
    borders: { top: grey, bottom: grey, left: grey, right: grey, insideHorizontal: grey, insideVertical: grey },
    rows: tableRows,
  });
}
