import type { FootnoteBlock, Piece, TextStyle } from '../layout/types';
import type { StructNode } from '../structure/structNode';

/** A run of text with no break opportunity inside except those lineBreak finds (hyphens, URLs). */
export interface TextAtom {
  kind: 'text';
  text: string;
  style: TextStyle;
  node: StructNode | null;
  link?: Piece['link'];
  /** The footnote this marker calls; it must sit on the same page as the marker. */
  footnote?: FootnoteBlock;
}

export interface SpaceAtom {
  kind: 'space';
  style: TextStyle;
  node: StructNode | null;
  link?: Piece['link'];
}

export type Atom = TextAtom | SpaceAtom | { kind: 'break' };

export const atomWidth = (style: TextStyle, text: string) => style.face.width(text) * style.size;

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/**
 * Splits text into word and space atoms sharing one style, appended to `out`;
 * no-break spaces stay inside words. A run of spaces is one atom, and the
 * space atoms of one call are one object: they carry nothing of their own.
 */
export function textAtoms(text: string, style: TextStyle, node: StructNode | null, link?: Piece['link'], out: Atom[] = []): Atom[] {
  let space: SpaceAtom | null = null;
  let i = 0;
  while (i < text.length) {
    let j = i;
    while (j < text.length && !isSpace(text.charCodeAt(j))) j++;
    if (j > i) out.push({ kind: 'text', text: text.slice(i, j), style, node, link });
    if (j === text.length) break;
    out.push((space ??= { kind: 'space', style, node, link }));
    while (j < text.length && isSpace(text.charCodeAt(j))) j++;
    i = j;
  }
  return out;
}
