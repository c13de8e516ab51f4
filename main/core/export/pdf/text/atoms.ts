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

/** Splits text into word and space atoms sharing one style; no-break spaces stay inside words. */
export function textAtoms(text: string, style: TextStyle, node: StructNode | null, link?: Piece['link']): Atom[] {
  const out: Atom[] = [];
  // split with a capturing group alternates words (even indexes) and the spaces between them (odd).
  const parts = text.split(/([ \t\n\r]+)/);
  for (let i = 0; i < parts.length; i++) {
    if (i % 2) out.push({ kind: 'space', style, node, link });
    else if (parts[i]) out.push({ kind: 'text', text: parts[i] as string, style, node, link });
  }
  return out;
}
