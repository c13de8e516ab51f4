import type { DocNode } from '../../../../../shared/model';
import type { StructNode } from '../structure/structNode';
import { layoutBlocks, plainText } from './blocks';
import type { Frame, LayoutEnv } from './env';
import { tint } from './theme';
import { tableRow, type CellPart, type RowLook } from './tableRow';
import type { Slice } from './types';

/**
 * Cell padding and text size, and the rules under rows (weights in points, the
 * body rules' colour a tint of the text colour): the DOCX draws its tables so.
 */
export const TABLE_LOOK = { padX: 5, padY: 4, size: 9, headerRule: 1, bodyRule: 0.5, bodyRuleTint: 0.78 } as const;
const { padX: PAD_X, padY: PAD_Y, size: SIZE } = TABLE_LOOK;

const span = (cell: DocNode) => Math.max(1, Number(cell.attrs?.colspan ?? 1) || 1);

/**
 * Column widths like a browser's automatic table layout: each column gets at
 * least its longest word and shares the rest in proportion to how much more
 * its text would like. Widths set in the editor (colwidth) win when present.
 * In points; the DOCX gives its tables the same widths.
 */
export function columnWidths(env: Pick<LayoutEnv, 'theme'>, rows: DocNode[], columns: number, total: number): number[] {
  const min = new Array<number>(columns).fill(20);
  const max = new Array<number>(columns).fill(20);
  const set = new Array<number | null>(columns).fill(null);
  for (const row of rows) {
    let c = 0;
    for (const cell of row.content ?? []) {
      const n = span(cell);
      const colwidth = cell.attrs?.colwidth;
      if (Array.isArray(colwidth)) colwidth.forEach((w, k) => typeof w === 'number' && c + k < columns && (set[c + k] = w));
      if (n === 1 && c < columns) {
        const face = env.theme.face('body', cell.type === 'tableHeader');
        const words = plainText(cell).split(/\s+/).filter(Boolean);
        const widths = words.map((w) => face.width(w) * SIZE);
        const longest = Math.min(Math.max(0, ...widths), total / 3);
        min[c] = Math.max(min[c] as number, longest + 2 * PAD_X + 1);
        max[c] = Math.max(max[c] as number, widths.reduce((a, b) => a + b + face.width(' ') * SIZE, 0) + 2 * PAD_X);
      }
      c += n;
    }
  }
  if (set.every((w) => w !== null)) {
    const sum = (set as number[]).reduce((a, b) => a + b, 0);
    return (set as number[]).map((w) => (w / sum) * total);
  }
  const sumMin = min.reduce((a, b) => a + b, 0);
  const sumMax = max.reduce((a, b) => a + b, 0);
  if (sumMax <= total) return max.map((w) => (w / sumMax) * total);
  if (sumMin >= total) return min.map((w) => (w / sumMin) * total);
  return min.map((m, i) => m + (((max[i] as number) - m) * (total - sumMin)) / (sumMax - sumMin));
}

/**
 * One row as one slice; a body row taller than a page splits between the
 * lines of its cells (tableRow), the header row never does.
 */
function rowSlice(env: LayoutEnv, row: DocNode, widths: number[], frame: Frame, tr: StructNode, header: boolean): Slice {
  const cells: CellPart[][] = [];
  let x = frame.x;
  let c = 0;
  for (const cell of row.content ?? []) {
    const n = span(cell);
    const w = widths.slice(c, c + n).reduce((a, b) => a + b, 0);
    const isHeader = cell.type === 'tableHeader';
    const element = tr.child(isHeader ? 'TH' : 'TD', isHeader ? { scope: header ? 'Column' : 'Row' } : {});
    const inner: Frame = { x: x + PAD_X, width: w - 2 * PAD_X, boxes: frame.boxes, level: frame.level, listDepth: 0, fontSize: SIZE, strong: isHeader };
    const parts: CellPart[] = [];
    let y = PAD_Y;
    layoutBlocks(env, cell.content ?? [], inner, element).forEach((s, j) => {
      if (j > 0) y += s.spaceBefore;
      parts.push({ slice: s, top: y });
      y += s.height;
    });
    cells.push(parts);
    x += w;
    c += n;
  }
  const look: RowLook = {
    x: frame.x,
    width: widths.reduce((a, b) => a + b, 0),
    padY: PAD_Y,
    rule: header ? { colour: env.theme.primary, weight: TABLE_LOOK.headerRule } : { colour: tint(env.theme.text, TABLE_LOOK.bodyRuleTint), weight: TABLE_LOOK.bodyRule },
    fill: header ? env.theme.accent : undefined,
    boxes: frame.boxes,
  };
  return tableRow(look, cells, !header);
}

/** A table as Table > TR > TH/TD; the header row repeats at the top of each page the table continues on. */
export function tableSlices(env: LayoutEnv, node: DocNode, frame: Frame, parent: StructNode): Slice[] {
  const rows = node.content ?? [];
  const columns = Math.max(1, ...rows.map((r) => (r.content ?? []).reduce((n, cell) => n + span(cell), 0)));
  const widths = columnWidths(env, rows, columns, frame.width);
  const table = parent.child('Table');
  const hasHeader = (rows[0]?.content ?? []).length > 0 && (rows[0]?.content ?? []).every((cell) => cell.type === 'tableHeader');
  let headerSlice: Slice | undefined;
  const out = rows.map((row, i) => {
    const slice = rowSlice(env, row, widths, frame, table.child('TR'), hasHeader && i === 0);
    if (hasHeader && i === 0) {
      slice.keepWithNext = true;
      headerSlice = slice;
    } else if (headerSlice) slice.repeatHeader = headerSlice;
    return slice;
  });
  if (out[0]) out[0].spaceBefore = 10;
  // Keep the last two rows together so a table never ends with one lonely row on a page.
  if (out.length >= 3) (out[out.length - 2] as Slice).keepWithNext = true;
  out.push({ height: 6, spaceBefore: 0, items: [], boxes: frame.boxes });
  return out;
}
