import { FRAME } from './theme';
import type { FootnoteBlock, PageLayout, Slice } from './types';

/** Space between the text and the footnotes: a short rule sits in it. */
export const FOOTNOTE_SEPARATOR = 14;

const footnoteHeight = (blocks: FootnoteBlock[] | undefined) => (blocks ?? []).reduce((n, b) => n + b.height, 0);

/**
 * Splits `slice` so its first part, with that part's footnotes, fits in
 * `room`; null when no allowed break fits (any line, when `force`d).
 */
function splitToFit(slice: Slice, room: number, firstNotes: boolean, force: boolean): { head: Slice; tail: Slice } | null {
  let limit = room;
  for (;;) {
    const parts = slice.split!(limit, force);
    if (!parts) return null;
    const notes = footnoteHeight(parts.head.footnotes);
    const need = parts.head.height + notes + (notes && firstNotes ? FOOTNOTE_SEPARATOR : 0);
    if (need <= room + 0.01) return parts;
    // Its footnotes take room from the text: try again with less.
    limit = Math.min(limit, parts.head.height) - (need - room);
  }
}

/**
 * Fills pages with slices top to bottom. When a slice does not fit, the page
 * breaks at the last point that is allowed: slices marked keepWithNext
 * (headings, first lines, next-to-last lines, header rows) move on with it.
 * A slice's footnotes must fit on its page too; a table row that starts a page
 * gets a copy of its table's header row above it. A slice taller than a page
 * that can split (a table row) fills the rest of the page and goes on over.
 */
export function paginate(input: Slice[], startChapter = ''): PageLayout[] {
  // Split slices are replaced here by their parts, so the caller's list stays as it was.
  const slices = input.slice();
  const pages: PageLayout[] = [];
  let chapter = startChapter;
  let page: PageLayout;
  let placed: { index: number; top: number }[];
  let y: number;
  let footnotes: number;

  const openPage = (nextIndex: number) => {
    page = { slices: [], footnotes: [], chapter };
    pages.push(page);
    placed = [];
    y = FRAME.top;
    footnotes = 0;
    const header = slices[nextIndex]?.repeatHeader;
    if (header) {
      page.slices.push({ slice: header, top: y, artifact: true });
      y += header.height;
    }
  };
  openPage(0);

  let i = 0;
  while (i < slices.length) {
    const slice = slices[i] as Slice;
    if (slice.pageBreakBefore && placed!.length) openPage(i);
    if (slice.chapter && !placed!.length) page!.chapter = slice.chapter;
    const gap = placed!.length ? slice.spaceBefore : 0;
    const notes = footnoteHeight(slice.footnotes);
    const separator = notes && !footnotes! ? FOOTNOTE_SEPARATOR : 0;
    const fits = y! + gap + slice.height <= FRAME.bottom - footnotes! - notes - separator + 0.01;
    if (!fits && slice.split && slice.height > FRAME.bottom - FRAME.top - (slice.repeatHeader?.height ?? 0)) {
      const parts = splitToFit(slice, FRAME.bottom - footnotes! - y! - gap, !footnotes!, !placed!.length);
      if (parts) {
        slices.splice(i, 1, parts.head, parts.tail);
        continue;
      }
    }
    if (fits || !placed!.length) {
      const top = y! + gap;
      page!.slices.push({ slice, top });
      placed!.push({ index: i, top });
      for (const block of slice.footnotes ?? []) page!.footnotes.push({ block, top: 0 });
      footnotes! += notes + separator;
      y = top + slice.height;
      if (slice.chapter) chapter = slice.chapter;
      i++;
      continue;
    }
    // Break before slice i, or earlier if the slices at the foot of the page must stay with it.
    let k = placed!.length;
    while (k > 0 && slices[placed![k - 1]!.index]!.keepWithNext) k--;
    if (k > 0 && k < placed!.length) {
      const first = placed![k]!.index;
      const moved = new Set(slices.slice(first, i));
      page!.slices = page!.slices.filter((p) => !moved.has(p.slice));
      page!.footnotes = page!.footnotes.filter((f) => ![...moved].some((s) => s.footnotes?.includes(f.block)));
      i = first;
    }
    openPage(i);
  }
  for (const p of pages) {
    // Footnotes stack up from the bottom margin, in order.
    let top = FRAME.bottom - footnoteHeight(p.footnotes.map((f) => f.block));
    for (const f of p.footnotes) {
      f.top = top;
      top += f.block.height;
    }
  }
  return pages;
}
