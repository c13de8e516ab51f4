import { describe, expect, it } from 'vitest';
import { paginate } from './paginate';
import { tableRow, type CellPart } from './tableRow';
import { FRAME } from './theme';
import type { RectItem, Slice } from './types';

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

  describe('a table row taller than a page', () => {
    const look = { x: 0, width: 100, padY: 4, rule: { colour: [0, 0, 0] as [number, number, number], weight: 0.5 }, boxes: [] };
    /** A cell of n 20-point lines, each marked by a rect whose x is its number, so the test can find every line. */
    const cell = (n: number, from = 0): CellPart[] =>
      Array.from({ length: n }, (_, k) => ({ slice: line(false, { items: [{ kind: 'rect', x: from + k, y: 2, w: 1, h: 16 }] }), top: 4 + k * 20 }));
    const placedLines = (pages: ReturnType<typeof paginate>) =>
      pages.map((page) =>
        page.slices
          .filter((p) => !p.artifact)
          .flatMap((p) => p.slice.items.filter((d): d is RectItem => d.kind === 'rect' && d.w === 1).map((d) => ({ id: d.x, top: p.top + d.y, bottom: p.top + d.y + d.h }))),
      );

    it('splits between lines: each cell goes on over the pages, in order, none outside the text area, under a repeated header', () => {
      const header = line(true);
      const row = tableRow(look, [cell(5, 1000), cell(Math.round(perPage * 2.5))], true);
      row.repeatHeader = header;
      const pages = paginate([line(), header, row]);
      expect(pages).toHaveLength(3);
      for (const page of pages.slice(1)) expect(page.slices[0]).toMatchObject({ slice: header, artifact: true });
      const lines = placedLines(pages);
      // Every line once, each cell in its order: the short cell's lines first, on the first page.
      expect(lines.flat().map((l) => l.id)).toEqual([1000, 1001, 1002, 1003, 1004, ...Array.from({ length: Math.round(perPage * 2.5) }, (_, k) => k)]);
      for (const l of lines.flat()) {
        expect(l.top).toBeGreaterThanOrEqual(FRAME.top);
        expect(l.bottom).toBeLessThanOrEqual(FRAME.bottom);
      }
      // The first page is filled, not left for the row to start on the next.
      expect(lines[0]!.length).toBeGreaterThan(perPage - 6);
    });

    it('breaks a cell only where its paragraphs allow: no orphan or widow line at a page break', () => {
      const lines = Array.from({ length: Math.ceil(perPage / 4) * 12 }, (_, k) => paragraph(4)[k % 4]!);
      const parts: CellPart[] = lines.map((l, k) => ({ slice: { ...l, items: [{ kind: 'rect', x: k, y: 2, w: 1, h: 16 }] }, top: 4 + k * 20 }));
      // Whatever the room left on the first page.
      for (let before = 0; before < 40; before += 7) {
        const pages = paginate([line(false, { height: before }), tableRow(look, [parts], true)]);
        expect(pages.length).toBeGreaterThanOrEqual(3);
        for (const page of placedLines(pages).slice(0, -1)) expect(parts[page[page.length - 1]!.id]!.slice.keepWithNext, `line ${page[page.length - 1]!.id}`).toBeFalsy();
      }
    });

    it('draws the rule under the row once, under its last part', () => {
      const row = tableRow(look, [cell(perPage * 2 + 3)], true);
      const pages = paginate([row]);
      const rules = pages.map((page) => page.slices.flatMap((p) => p.slice.items.filter((d) => d.kind === 'rect' && d.w === 100)).length);
      expect(rules).toEqual([0, 0, 1]);
    });

    it('keeps a row that fits on a page whole, moving it to the next page', () => {
      const filler = Array.from({ length: perPage - 3 }, () => line());
      const row = tableRow(look, [cell(6)], true);
      const pages = paginate([...filler, row]);
      expect(pages[1]!.slices.map((p) => p.slice)).toEqual([row]);
    });

    it('puts the footnotes of a split row on the page of the line that cites them', () => {
      const note = { number: 1, anchor: 'fn-1', slices: [], height: 40 };
      const parts = cell(perPage + 10);
      const cited = parts[perPage + 5]!;
      cited.slice = { ...cited.slice, footnotes: [note] };
      const pages = paginate([tableRow(look, [parts], true)]);
      const holder = pages.findIndex((page) => page.footnotes.some((f) => f.block === note));
      expect(placedLines(pages)[holder]!.map((l) => l.id)).toContain(perPage + 5);
      for (const page of pages) {
        const bottom = Math.max(...page.slices.map((p) => p.top + p.slice.height));
        if (page.footnotes[0]) expect(bottom).toBeLessThanOrEqual(page.footnotes[0].top);
      }
    });
  });
});
