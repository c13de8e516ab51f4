import fontkit from '@pdf-lib/fontkit';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FontFamily } from '../../../../../shared/model';
import { fontFile, type FontVariant } from '../../../brand/fontFiles';
import { advanceWidths, characterMap, fontMetrics, readTables } from './ttfTables';

const faces: [FontFamily, FontVariant][] = [
  ['Source Sans 3', 'regular'],
  ['Source Sans 3', 'boldItalic'],
  ['Merriweather', 'bold'],
];

// fontkit, a well-kept parser, is the oracle for our own reading of the same tables.
describe.each(faces)('the tables of %s %s', (family, variant) => {
  const bytes = readFileSync(fontFile(family, variant));
  const tables = readTables(bytes);
  const reference = fontkit.create(bytes);

  it('map every character to the glyph fontkit finds, 0 where the font has none', () => {
    const cmap = characterMap(tables);
    const sample = [...'Café façade – ½ −2 37.5°C ‘Łódź’ “Ørsted” — end…'].map((c) => c.codePointAt(0)!);
    for (let cp = 0; cp < 0x3000; cp += 7) sample.push(cp);
    sample.push(0x1f600, 0x10ffff, 0xfffd);
    for (const cp of sample) expect(cmap(cp), `U+${cp.toString(16)}`).toBe(reference.glyphForCodePoint(cp).id);
    expect(cmap('é'.codePointAt(0)!)).toBeGreaterThan(0);
  });

  it('give the advance widths and metrics fontkit reads', () => {
    const advances = advanceWidths(tables);
    expect(advances).toHaveLength(reference.numGlyphs);
    for (let gid = 0; gid < reference.numGlyphs; gid += 13) expect(advances[gid], `glyph ${gid}`).toBe(reference.getGlyph(gid).advanceWidth);
    const metrics = fontMetrics(tables);
    const { minX, minY, maxX, maxY } = reference.bbox;
    expect(metrics).toEqual({
      unitsPerEm: reference.unitsPerEm,
      ascent: reference.ascent,
      descent: reference.descent,
      capHeight: reference.capHeight,
      italicAngle: reference.italicAngle,
      bbox: [minX, minY, maxX, maxY],
    });
  });
});

describe('readTables', () => {
  it('refuses a font without the table asked for, in words', () => {
    expect(() => characterMap(new Map())).toThrow(/no cmap table/);
  });
});
