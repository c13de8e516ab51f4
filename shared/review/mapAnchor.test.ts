import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Transform } from '@tiptap/pm/transform';
import type { Node as PmNode } from '@tiptap/pm/model';
import { reportSchema } from '../schema';
import type { Anchor } from '../model';
import { mapAnchor } from './mapAnchor';
import { passageText } from './passageText';

const schema = reportSchema();

/**
 * A reference model of the edits: the paragraph's characters, each flagged when it
 * belongs to the commented passage. Characters typed strictly inside the passage
 * join it; a passage's remaining characters are always contiguous.
 */
interface Cell {
  ch: string;
  anchored: boolean;
}

type Edit =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; from: number; to: number }
  | { kind: 'replace'; from: number; to: number; text: string }
  | { kind: 'paragraphBefore'; text: string };

const word = fc.string({ unit: fc.constantFrom(...'abcxyz '), minLength: 1, maxLength: 6 });

/** An edit expressed as fractions of the current length, so it always fits the text it meets. */
const editArb = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), text: word }),
  fc.record({ kind: fc.constant('delete' as const), a: fc.double({ min: 0, max: 1, noNaN: true }), b: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({
    kind: fc.constant('replace' as const),
    a: fc.double({ min: 0, max: 1, noNaN: true }),
    b: fc.double({ min: 0, max: 1, noNaN: true }),
    text: word,
  }),
  fc.record({ kind: fc.constant('paragraphBefore' as const), text: word }),
);
type EditSpec = typeof editArb extends fc.Arbitrary<infer T> ? T : never;

function concrete(spec: EditSpec, length: number): Edit {
  const at = (f: number) => Math.min(length, Math.floor(f * (length + 1)));
  switch (spec.kind) {
    case 'insert':
      return { kind: 'insert', at: at(spec.at), text: spec.text };
    case 'paragraphBefore':
      return { kind: 'paragraphBefore', text: spec.text };
    default: {
      const [from, to] = [at(spec.a), at(spec.b)].sort((x, y) => x - y) as [number, number];
      if (spec.kind === 'delete') return { kind: 'delete', from, to: Math.max(to, Math.min(length, from + 1)) };
      return { kind: 'replace', from, to, text: spec.text };
    }
  }
}

/** True when anchored characters stand both before index k and at or after it: text put at k lands inside the passage. */
const inside = (cells: Cell[], k: number) => cells.slice(0, k).some((c) => c.anchored) && cells.slice(k).some((c) => c.anchored);

function applyToModel(cells: Cell[], edit: Edit): { cells: Cell[]; touched: boolean } {
  if (edit.kind === 'paragraphBefore') return { cells, touched: false };
  const from = edit.kind === 'insert' ? edit.at : edit.from;
  const to = edit.kind === 'insert' ? edit.at : edit.to;
  const removed = cells.slice(from, to);
  const kept = [...cells.slice(0, from), ...cells.slice(to)];
  const text = edit.kind === 'delete' ? '' : edit.text;
  const joins = inside(kept, from);
  const added = [...text].map((ch) => ({ ch, anchored: joins }));
  return {
    cells: [...kept.slice(0, from), ...added, ...kept.slice(from)],
    touched: removed.some((c) => c.anchored) || (joins && added.length > 0),
  };
}

/** Applies the edit to the real document; the commented paragraph is always the last one, starting at `start`. */
function applyToDoc(tr: Transform, start: number, edit: Edit): number {
  switch (edit.kind) {
    case 'insert':
      tr.insert(start + edit.at, schema.text(edit.text));
      return start;
    case 'delete':
      if (edit.to > edit.from) tr.delete(start + edit.from, start + edit.to);
      return start;
    case 'replace':
      tr.replaceWith(start + edit.from, start + edit.to, schema.text(edit.text));
      return start;
    case 'paragraphBefore': {
      const paragraph = schema.nodes.paragraph!.create(null, schema.text(edit.text));
      tr.insert(0, paragraph);
      return start + paragraph.nodeSize;
    }
  }
}

const expectedAnchor = (cells: Cell[], start: number): Anchor | null => {
  const first = cells.findIndex((c) => c.anchored);
  if (first < 0) return null;
  const last = cells.length - 1 - [...cells].reverse().findIndex((c) => c.anchored);
  return { from: start + first, to: start + last + 1 };
};

const scenario = fc
  .record({
    text: fc.string({ unit: fc.constantFrom(...'abcdefgh '), minLength: 2, maxLength: 40 }),
    a: fc.double({ min: 0, max: 1, noNaN: true }),
    b: fc.double({ min: 0, max: 1, noNaN: true }),
    edits: fc.array(editArb, { maxLength: 12 }),
  })
  .map(({ text, a, b, edits }) => {
    const i = Math.floor(a * text.length);
    const j = Math.floor(b * text.length);
    const [from, to] = i === j ? [Math.min(i, text.length - 1), Math.min(i, text.length - 1) + 1] : [Math.min(i, j), Math.max(i, j)];
    return { text, from, to, edits: edits as EditSpec[] };
  });

describe('mapAnchor', () => {
  it('follows random insertions and deletions before, after, inside and across the passage', () => {
    fc.assert(
      fc.property(scenario, ({ text, from, to, edits }) => {
        let doc: PmNode = schema.nodes.doc!.create(null, schema.nodes.paragraph!.create(null, schema.text(text)));
        let start = 1;
        let cells: Cell[] = [...text].map((ch, i) => ({ ch, anchored: i >= from && i < to }));
        let anchor: Anchor | null = { from: start + from, to: start + to };
        const quoted = passageText(doc, anchor);
        let touched = false;
        for (const spec of edits) {
          const edit = concrete(spec, cells.length);
          const tr = new Transform(doc);
          start = applyToDoc(tr, start, edit);
          doc = tr.doc;
          anchor = mapAnchor(anchor, tr.mapping);
          const next = applyToModel(cells, edit);
          cells = next.cells;
          touched ||= next.touched;

          // The anchor covers exactly what is left of the passage, and is null iff nothing is.
          expect(anchor).toEqual(expectedAnchor(cells, start));
          // Untouched passages still read as they were quoted.
          if (!touched) expect(passageText(doc, anchor!)).toBe(quoted);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('keeps text typed at either edge outside the passage', () => {
    const doc = schema.nodes.doc!.create(null, schema.nodes.paragraph!.create(null, schema.text('one two three')));
    const anchor = { from: 5, to: 8 };
    const tr = new Transform(doc).insert(8, schema.text('X')).insert(5, schema.text('Y'));
    const mapped = mapAnchor(anchor, tr.mapping)!;
    expect(passageText(tr.doc, mapped)).toBe('two');
  });

  it('detaches when the whole passage is deleted, even if other text replaces it', () => {
    const doc = schema.nodes.doc!.create(null, schema.nodes.paragraph!.create(null, schema.text('one two three')));
    const tr = new Transform(doc).replaceWith(4, 9, schema.text('2'));
    expect(mapAnchor({ from: 5, to: 8 }, tr.mapping)).toBeNull();
    expect(mapAnchor(null, tr.mapping)).toBeNull();
  });
});
