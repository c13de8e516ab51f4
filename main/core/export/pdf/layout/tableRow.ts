import type { BoxDecor, Drawable, FootnoteBlock, Rgb, Slice } from './types';

/** A slice of a cell's content and where it sits, from the top of its row. */
export interface CellPart {
  slice: Slice;
  top: number;
}

/** What a row looks like, whatever part of it a page holds. */
export interface RowLook {
  x: number;
  width: number;
  /** Space between a cell's edge and its content, above and below. */
  padY: number;
  /** The rule under the row. */
  rule: { colour: Rgb; weight: number };
  /** The header row's shading. */
  fill?: Rgb;
  boxes: BoxDecor[];
}

const bottomOf = (parts: CellPart[]) => {
  const last = parts[parts.length - 1];
  return last ? last.top + last.slice.height : 0;
};

/**
 * A row, or the part of one a page holds, as one slice: each cell's parts,
 * its shading, and the rule under it. A part that continues on the next page
 * has no rule under it, so the row reads as unfinished until its end.
 */
function rowSlice(look: RowLook, cells: CellPart[][], endsRow: boolean): Slice {
  const height = Math.max(0, ...cells.map(bottomOf)) + look.padY;
  const items: Drawable[] = [];
  const footnotes: FootnoteBlock[] = [];
  if (look.fill) items.push({ kind: 'rect', x: look.x, y: 0, w: look.width, h: height, fill: look.fill });
  if (endsRow) items.push({ kind: 'rect', x: look.x, y: height - look.rule.weight, w: look.width, h: look.rule.weight, fill: look.rule.colour });
  for (const parts of cells) {
    for (const { slice, top } of parts) {
      for (const d of slice.items) items.push({ ...d, y: d.y + top });
      if (slice.footnotes) footnotes.push(...slice.footnotes);
    }
  }
  const out: Slice = { height, spaceBefore: 0, items, boxes: look.boxes };
  if (footnotes.length) out.footnotes = footnotes;
  return out;
}

/**
 * How many of a cell's parts end within `bottom`. With `keeps`, never after a
 * part that must stay with the next (a paragraph's first line, a heading).
 */
function fitting(parts: CellPart[], bottom: number, keeps: boolean): number {
  let n = 0;
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k] as CellPart;
    if (part.top + part.slice.height > bottom + 0.01) break;
    if (!keeps || !part.slice.keepWithNext || k === parts.length - 1) n = k + 1;
  }
  return n;
}

/** The parts from `from` on, moved up to start at the top of a fresh row. */
function rest(parts: CellPart[], from: number, padY: number): CellPart[] {
  const first = parts[from];
  if (!first) return [];
  const shift = first.top - padY;
  return parts.slice(from).map((part) => ({ slice: part.slice, top: part.top - shift }));
}

/**
 * A table row as a slice that can split at line boundaries of its cells when
 * it is taller than a page: every cell breaks at its own last line that fits,
 * and continues at the top of the next part. The parts share the row's
 * structure elements (one TR with its TDs), so reading order is unchanged.
 */
export function tableRow(look: RowLook, cells: CellPart[][], splittable: boolean): Slice {
  const slice = rowSlice(look, cells, true);
  if (!splittable) return slice;
  slice.split = (room, force) => {
    const bottom = room - look.padY;
    let counts = cells.map((parts) => fitting(parts, bottom, true));
    if (force && counts.every((n) => n === 0)) counts = cells.map((parts) => fitting(parts, bottom, false));
    if (counts.every((n) => n === 0)) return null;
    const remaining = cells.map((parts, c) => rest(parts, counts[c] as number, look.padY));
    if (remaining.every((parts) => !parts.length)) return null;
    const head = rowSlice(look, cells.map((parts, c) => parts.slice(0, counts[c])), false);
    const tail = tableRow(look, remaining, true);
    head.spaceBefore = slice.spaceBefore;
    if (slice.repeatHeader) head.repeatHeader = tail.repeatHeader = slice.repeatHeader;
    if (slice.keepWithNext) tail.keepWithNext = true;
    return { head, tail };
  };
  return slice;
}
