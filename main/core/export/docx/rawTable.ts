import type { FileChild, IContext } from 'docx';
import { attrs, RawBlock, type Xml } from './rawXml';

export interface TableBorder {
  style: 'single' | 'none';
  /** Eighths of a point. */
  size: number;
  color: string;
}

export interface RawTableCell {
  /** Twips. */
  width: number;
  columnSpan?: number;
  rowSpan?: number;
  /** Shading colour. */
  fill?: string;
  /** The rule under the cell, over the table's. */
  bottom?: TableBorder;
  /** Space under the cell's content (twips), over the table's. */
  bottomMargin?: number;
  children: FileChild[];
}

export interface RawTableRow {
  /** Repeated at the top of each page (tblHeader). */
  header?: boolean;
  cantSplit?: boolean;
  cells: RawTableCell[];
}

/** A table as Casebook draws them: fixed widths in twips, borders, cell margins. */
export interface RawTableOptions {
  width: number;
  columnWidths: number[];
  margins: { top: number; bottom: number; left: number; right: number };
  borders: { top: TableBorder; left: TableBorder; bottom: TableBorder; right: TableBorder; insideHorizontal: TableBorder; insideVertical: TableBorder };
  rows: RawTableRow[];
}

interface PlacedCell extends RawTableCell {
  /** A cell below one that spans rows: it continues that cell's merge. */
  continues?: boolean;
}

/**
 * A cell spanning rows is written, as Word wants it, as a cell that starts a
 * vertical merge and, in each row below, an empty cell that continues it; those
 * go in at the cell's column, before the cell that covers that column there.
 */
function placeCells(rows: RawTableRow[]): PlacedCell[][] {
  const placed: PlacedCell[][] = rows.map((row) => [...row.cells]);
  placed.forEach((cells, r) => {
    const below = placed[r + 1];
    if (!below) return;
    let column = 0;
    for (const cell of [...cells]) {
      const rowSpan = cell.rowSpan ?? 1;
      if (rowSpan > 1) {
        const continuation: PlacedCell = { ...cell, rowSpan: rowSpan - 1, children: [], continues: true };
        let covered = 0;
        const at = below.findIndex((other) => (covered += other.columnSpan ?? 1) > column);
        below.splice(at === -1 ? below.length : at, 0, continuation);
      }
      column += cell.columnSpan ?? 1;
    }
  });
  return placed;
}

const border = (b: TableBorder) => attrs({ 'w:val': b.style, 'w:color': b.color, 'w:sz': b.size });
const width = (name: string, twips: number) => ({ [name]: attrs({ 'w:type': 'dxa', 'w:w': twips }) });

function tableProperties(options: RawTableOptions): Xml {
  const { borders: b, margins: m } = options;
  return {
    'w:tblPr': [
      width('w:tblW', options.width),
      {
        'w:tblBorders': [
          { 'w:top': border(b.top) },
          { 'w:left': border(b.left) },
          { 'w:bottom': border(b.bottom) },
          { 'w:right': border(b.right) },
          { 'w:insideH': border(b.insideHorizontal) },
          { 'w:insideV': border(b.insideVertical) },
        ],
      },
      { 'w:tblCellMar': [width('w:top', m.top), width('w:left', m.left), width('w:bottom', m.bottom), width('w:right', m.right)] },
    ],
  };
}

function cellXml(cell: PlacedCell, context: IContext): Xml {
  const props: Xml[] = [width('w:tcW', cell.width)];
  if (cell.columnSpan && cell.columnSpan > 1) props.push({ 'w:gridSpan': attrs({ 'w:val': cell.columnSpan }) });
  if (cell.continues) props.push({ 'w:vMerge': attrs({ 'w:val': 'continue' }) });
  else if ((cell.rowSpan ?? 1) > 1) props.push({ 'w:vMerge': attrs({ 'w:val': 'restart' }) });
  if (cell.bottom) props.push({ 'w:tcBorders': [{ 'w:bottom': border(cell.bottom) }] });
  if (cell.fill) props.push({ 'w:shd': attrs({ 'w:fill': cell.fill, 'w:color': 'auto', 'w:val': 'clear' }) });
  if (cell.bottomMargin !== undefined) props.push({ 'w:tcMar': [width('w:bottom', cell.bottomMargin)] });
  const content = cell.children.map((child) => child.prepForXml(context)).filter((xml): xml is Xml => xml !== undefined);
  // A cell must end with a paragraph.
  const last = content[content.length - 1];
  if (!last || !('w:p' in last)) content.push({ 'w:p': {} });
  return { 'w:tc': [{ 'w:tcPr': props }, ...content] };
}

function rowXml(row: RawTableRow, cells: PlacedCell[], context: IContext): Xml | undefined {
  if (!cells.length) return undefined;
  const props: Xml[] = [];
  if (row.cantSplit) props.push({ 'w:cantSplit': {} });
  if (row.header) props.push({ 'w:tblHeader': {} });
  return { 'w:tr': [...(props.length ? [{ 'w:trPr': props }] : []), ...cells.map((cell) => cellXml(cell, context))] };
}

/**
 * A table written as the XML docx's Table, TableRow and TableCell write for the
 * same options, without their object trees: tables and boxes are about half of
 * what a report's DOCX holds. Cells hold any blocks, raw or docx's own.
 */
export function rawTable(options: RawTableOptions): FileChild {
  const block: FileChild = new RawBlock('w:tbl', (context) => {
    const placed = placeCells(options.rows);
    context.stack.push(block);
    try {
      const rows = options.rows.map((row, i) => rowXml(row, placed[i]!, context)).filter((xml): xml is Xml => xml !== undefined);
      return {
        'w:tbl': [tableProperties(options), { 'w:tblGrid': options.columnWidths.map((w) => ({ 'w:gridCol': attrs({ 'w:w': w }) })) }, ...rows],
      };
    } finally {
      context.stack.pop();
    }
  });
  return block;
}
