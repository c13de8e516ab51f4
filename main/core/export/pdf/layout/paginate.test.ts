import { describe, expect, it } from 'vitest';
import { paginate } from './paginate';
import { FRAME } from './theme';
import type { Slice } from './types';

const PAGE_HEIGHT = FRAME.bottom - FRAME.top;
const line = (keepWithNext = false, extra: Partial<Slice> = {}): Slice => ({ height: 20, spaceBefore: 0, items: [], keepWithNext, ...extra });

/** A paragraph of n lines with the orphan/widow keeps paragraphSlices sets. */
const paragraph = (n: number): Slice[] => Array.from({ length: n }, (_, i) => line((n >= 2 && i === 0) || (n >= 3 && i === n - 2)));

describe('paginate', () => {
  const perPage = Math.floor(PAGE_HEIGHT / 20);

  it('fills a page and moves on', () => {
    const pages = paginate(Array.from({ length: perPage + 5 }, () => line()));
    expect(pages.map((p) => p.slices.length)).toEqual([perPage, 5]);
  });

  it('leaves no orphan: a paragraph whose first line alone would fit starts on the next page', () => {
    const filler = Array.from({ length: perPage - 1 }, () => line());
    const para = paragraph(4);
    const pages = paginate([...filler, ...para]);
    expect(pages[0]!.slices.map((s) => s.slice)).not.toContain(para[0]);
    expect(pages[1]!.slices[0]!.slice).toBe(para[0]);
  });

  it('leaves no widow: the last line never goes over alone', () => {
    const filler = Array.from({ length: perPage - 3 }, () => line());
    const para = paragraph(4);
    const pages = paginate([...filler, ...para]);
    const second = pages[1]!.slices.map((s) => s.slice);
    expect(second.length).toBeGreaterThanOrEqual(2);
    expect(second).toContain(para[2]);
  });

  it('keeps a heading with what follows', () => {
    const filler = Array.from({ length: perPage - 1 }, () => line());
    const heading = line(true);
    const pages = paginate([...filler, heading, ...paragraph(3)]);
    expect(pages[1]!.slices[0]!.slice).toBe(heading);
  });

  it('repeats a table header above rows continued on a new page, as an artifact', () => {
    const header = line(true);
    const rows = Array.from({ length: perPage + 3 }, () => line(false, { repeatHeader: header }));
    const pages = paginate([header, ...rows]);
    expect(pages[1]!.slices[0]).toMatchObject({ slice: header, artifact: true });
    expect(pages[0]!.slices[0]).toMatchObject({ slice: header });
    expect(pages[0]!.slices[0]!.artifact).toBeUndefined();
  });

  it('puts footnotes on the page of their reference, shortening the text area', () => {
    const note = { number: 1, anchor: 'fn-1', slices: [], height: 60 };
    const filler = Array.from({ length: perPage - 2 }, () => line());
    const withNote = line(false, { footnotes: [note] });
    const pages = paginate([...filler, withNote, line()]);
    const holder = pages.find((p) => p.slices.some((s) => s.slice === withNote))!;
    expect(holder.footnotes.map((f) => f.block)).toEqual([note]);
    const bottom = Math.max(...holder.slices.map((s) => s.top + s.slice.height));
    expect(bottom).toBeLessThanOrEqual(holder.footnotes[0]!.top);
  });
});
