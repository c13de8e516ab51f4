import { expect, test } from 'vitest';
import { bundledBrands } from '../../../brand/bundledBrands';
import { FontCache } from '../fonts/fontCache';
import type { BrokenLine } from '../text/lineBreak';
import { lineBoxHeight, paragraphSlices } from './paragraph';
import { Theme } from './theme';

const theme = new Theme(bundledBrands()[0]!, new FontCache());

/** A line of text in one face, as the line breaker hands it over. */
const lineIn = (face: ReturnType<Theme['face']>, size: number): BrokenLine => ({
  pieces: [],
  width: 0,
  spaces: 0,
  ascent: face.ascent * size,
  descent: face.descent * size,
  footnotes: [],
  last: true,
});

// The DOCX sets its exact line heights with lineBoxHeight; it must be what the PDF lays out.
test.each([
  ['a heading at 1.25', theme.face('heading', true), 15, 1.25],
  ['body text at 1.45', theme.face('body'), 10, 1.45],
  ['a contents entry at 1.3', theme.face('body'), 10, 1.3],
])('a line of %s is as tall as lineBoxHeight says', (_name, face, size, leading) => {
  const [slice] = paragraphSlices([lineIn(face, size)], { x: 0, width: 400, base: { face, size, colour: [0, 0, 0] }, leading, justify: false, spaceBefore: 0, boxes: [] });
  expect(slice!.height).toBeCloseTo(lineBoxHeight(size, leading, face), 6);
});

test('a heading line grows past its leading when the font’s ascent and descent need more room', () => {
  const face = theme.face('heading', true);
  expect(face.ascent + face.descent).toBeGreaterThan(1.25);
  expect(lineBoxHeight(15, 1.25, face)).toBeGreaterThan(15 * 1.25);
  expect(lineBoxHeight(10, 1.45, theme.face('body'))).toBeCloseTo(14.5, 6);
});
