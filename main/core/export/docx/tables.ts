import { Paragraph, type FileChild } from 'docx';
import type { DocNode } from '../../../../shared/model';
import { columnWidths as pdfColumnWidths, TABLE_LOOK } from '../pdf/layout/table';
import { pdfThemeOf } from './brandMeasures';
import type { BlockScope, DocxContext, SectionWalk } from './context';
import type { BlockRenderer } from './blocks';
import { nodeSize } from './positions';
import { rawTable, type RawTableRow, type TableBorder } from './rawTable';
import { STYLE } from './styleIds';
import { tinted } from './theme';

const none: TableBorder = { style: 'none', size: 0, color: 'FFFFFF' };
const twips = (points: number) => Math.round(points * 20);

/** A rule under a row, as the PDF draws it; LibreOffice and Word set it below the cell's bottom margin, so the margin gives way to it. */
function rule(weight: number, color: string) {
  return { border: { style: 'single', size: weight * 8, color } satisfies TableBorder, bottomMargin: twips(TABLE_LOOK.padY - weight) };
}
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
 * A table as the PDF draws it (pdf/layout/table.ts): no grid, a rule under each
 * row, the header row (a first row of header cells) shaded in the brand's accent
 * over a heavier rule in its primary colour and repeated at the top of each page;
 * header cells bold, cells padded as the PDF's and holding any blocks.
 */
export function tableBlock(ctx: DocxContext, node: DocNode, walk: SectionWalk, scope: BlockScope, render: BlockRenderer): FileChild {
  const rows = node.content ?? [];
  const widths = columnWidths(ctx, rows, scope.width);
  const headerRule = rule(TABLE_LOOK.headerRule, ctx.theme.primary);
  const bodyRule = rule(TABLE_LOOK.bodyRule, tinted(ctx.theme.text, TABLE_LOOK.bodyRuleTint));
  walk.pos += 1;
  const tableRows = rows.map((row, r) => {
    const rowStart = walk.pos;
    walk.pos += 1;
    const cells = row.content ?? [];
    const isHeader = r === 0 && cells.length > 0 && cells.every((c) => c.type === 'tableHeader');
    const under = isHeader ? headerRule : bodyRule;
    let column = 0;
    const tableCells = cells.map((cell) => {
      const cellStart = walk.pos;
      const colspan = span(cell, 'colspan');
      const width = widths.slice(column, column + colspan).reduce((a, b) => a + b, 0);
      column += colspan;
      walk.pos += 1;
      const children = render(ctx, cell.content ?? [], walk, {
        style: cell.type === 'tableHeader' ? STYLE.tableHeading : STYLE.tableText,
        width: width - 2 * twips(TABLE_LOOK.padX),
        listLevel: 0,
      });
      walk.pos = cellStart + nodeSize(cell);
      return {
        width,
        columnSpan: colspan,
        rowSpan: span(cell, 'rowspan'),
        fill: isHeader ? ctx.theme.accent : undefined,
        bottom: under.border,
        bottomMargin: under.bottomMargin,
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
    margins: { top: twips(TABLE_LOOK.padY), bottom: bodyRule.bottomMargin, left: twips(TABLE_LOOK.padX), right: twips(TABLE_LOOK.padX) },
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    rows: tableRows,
  });
}
