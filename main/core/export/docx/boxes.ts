import { BorderStyle, Paragraph, Table, TableCell, TableRow, WidthType, type Table as TableType } from 'docx';

export interface BoxLook {
  fill?: string;
  /** Colour of the thick left edge. */
  edge: string;
  /** Colour of the other edges; none when left out. */
  frame?: string;
}

const CELL_MARGIN = 160;
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

/** Inner width of a box of this outer width, for what goes inside it. */
export const boxInnerWidth = (width: number) => width - 2 * CELL_MARGIN - 60;

/**
 * A boxed block as a one-cell table: Word and LibreOffice both draw cell shading and
 * edges reliably, and a cell holds any blocks (lists, quotes) a callout may contain.
 */
export function box(children: (Paragraph | TableType)[], width: number, look: BoxLook): Table {
  const frame = look.frame ? { style: BorderStyle.SINGLE, size: 4, color: look.frame } : none;
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [width],
    margins: { top: 100, bottom: 100, left: CELL_MARGIN, right: CELL_MARGIN },
    borders: {
      top: frame,
      bottom: frame,
      right: frame,
      left: { style: BorderStyle.SINGLE, size: 24, color: look.edge },
      insideHorizontal: none,
      insideVertical: none,
    },
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: width, type: WidthType.DXA },
            ...(look.fill ? { shading: { fill: look.fill, color: 'auto', type: 'clear' as const } } : {}),
            children: children.length ? children : [new Paragraph('')],
          }),
        ],
      }),
    ],
  });
}

/** An empty paragraph after a box, so two boxes in a row do not merge into one table. */
export const spacer = () => new Paragraph({ spacing: { before: 0, after: 120 }, children: [] });
