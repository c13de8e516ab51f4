import { Paragraph, type FileChild } from 'docx';
import { rawTable, type TableBorder } from './rawTable';
import { attrs, RawBlock } from './rawXml';

export interface BoxLook {
  fill?: string;
  /** Colour of the thick left edge. */
  edge: string;
  /** Colour of the other edges; none when left out. */
  frame?: string;
}

// The PDF's box (pdf/layout/boxes.ts): 9 pt padding at the sides and below, 7 pt above, a 3.5 pt edge.
const CELL_MARGIN = 180;
const EDGE = 70;
/** The frame's lines, in points. */
const FRAME = 0.5;
const none: TableBorder = { style: 'none', size: 0, color: 'FFFFFF' };

/** The PDF's gaps, in twips: 10 pt above a box or table, 4 pt below a box, 6 pt below a table. */
export const GAP_ABOVE = 200;
const BOX_GAP = 80;
export const TABLE_GAP = 120;

/** Inner width of a box of this outer width, for what goes inside it. */
export const boxInnerWidth = (width: number) => width - 2 * CELL_MARGIN - EDGE;

/**
 * A boxed block as a one-cell table: Word and LibreOffice both draw cell shading and
 * edges reliably, and a cell holds any blocks (lists, quotes) a callout may contain.
 */
export function box(children: FileChild[], width: number, look: BoxLook): FileChild {
  const frame: TableBorder = look.frame ? { style: 'single', size: FRAME * 8, color: look.frame } : none;
  // The frame's lines add to the box's height where the PDF draws them inside it: the padding gives way to them.
  const lines = look.frame ? FRAME * 20 : 0;
  return rawTable({
    width,
    columnWidths: [width],
    // 1 pt on top: the box's first paragraph has 6 pt above it, making the PDF's 7.
    margins: { top: 20 - lines, bottom: 180 - lines, left: CELL_MARGIN + EDGE, right: CELL_MARGIN },
    borders: {
      top: frame,
      bottom: frame,
      right: frame,
      left: { style: 'single', size: 24, color: look.edge },
      insideHorizontal: none,
      insideVertical: none,
    },
    rows: [{ cells: [{ width, fill: look.fill, children: children.length ? children : [new Paragraph('')] }] }],
  });
}

/**
 * An empty paragraph of the given height (twips) before and after a box or table:
 * Word has no space before or after a table, and two tables in a row would merge.
 * The one above stays behind when the table starts a page, as the PDF drops the gap.
 */
export const spacer = (height: number = BOX_GAP): FileChild => {
  const xml = { 'w:p': [{ 'w:pPr': [{ 'w:spacing': attrs({ 'w:after': 0, 'w:before': 0, 'w:line': height, 'w:lineRule': 'exact' }) }] }] };
  return new RawBlock('w:p', () => xml);
};

