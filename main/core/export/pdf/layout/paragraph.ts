import type { BrokenLine } from '../text/lineBreak';
import type { BoxDecor, Drawable, Slice, TextStyle } from './types';

export interface ParagraphLook {
  x: number;
  width: number;
  /** Style of the paragraph's plain text: sets line height and baseline. */
  base: TextStyle;
  leading: number;
  justify: boolean;
  align?: 'left' | 'center';
  spaceBefore: number;
  /** Keep the last line with what follows (headings, lead-ins). */
  keepWithNext?: boolean;
  boxes: BoxDecor[];
}

/** Ascent and descent of a font, in ems (descent positive). */
export interface LineMetrics {
  ascent: number;
  descent: number;
}

/**
 * The height of a line of plain text in one font: its leading, or more when the
 * font's ascent and descent, centred in the line, reach beyond it (headings, set
 * at 1.25, in fonts whose ascent and descent add up to more). The DOCX sets its
 * exact line heights with this, so Word breaks pages where the PDF does.
 */
export function lineBoxHeight(size: number, leading: number, font: LineMetrics): number {
  const lineHeight = size * leading;
  return Math.max(lineHeight, (lineHeight + (font.ascent + font.descent) * size) / 2);
}

/**
 * One slice per line, so paragraphs break across pages between lines. Orphans
 * and widows are prevented by forbidding a break after the first line and
 * before the last; two- and three-line paragraphs therefore never split.
 */
export function paragraphSlices(lines: BrokenLine[], look: ParagraphLook): Slice[] {
  const { base } = look;
  const lineHeight = base.size * look.leading;
  const asc = base.face.ascent * base.size;
  const desc = base.face.descent * base.size;
  const n = lines.length;
  return lines.map((line, i) => {
    // Centre the font's ascent+descent in the line box; taller content (a big inline) grows the line.
    const extraTop = Math.max(0, line.ascent - asc);
    const baseline = (lineHeight - asc - desc) / 2 + asc + extraTop;
    const height = Math.max(lineHeight + extraTop, baseline + line.descent);
    // A line stretched to more than about three spaces per gap (one word before a long URL) reads worse than a ragged one.
    const stretch = line.spaces > 0 ? (look.width - line.width) / line.spaces : 0;
    const justified = look.justify && !line.last && line.spaces > 0 && stretch <= base.size * 0.75;
    const offset = look.align === 'center' ? (look.width - line.width) / 2 : 0;
    const items: Drawable[] = line.pieces.length
      ? [{ kind: 'text', x: look.x + offset, y: baseline, pieces: line.pieces, wordSpacing: justified ? stretch : 0 }]
      : [];
    const keep = (n >= 2 && i === 0) || (n >= 3 && i === n - 2) || (i === n - 1 && !!look.keepWithNext);
    const slice: Slice = { height, spaceBefore: i === 0 ? look.spaceBefore : 0, items, boxes: look.boxes };
    if (keep) slice.keepWithNext = true;
    if (line.footnotes.length) slice.footnotes = line.footnotes;
    return slice;
  });
}
