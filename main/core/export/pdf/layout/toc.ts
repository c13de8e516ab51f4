import type { StructNode } from '../structure/structNode';
import { inlineAtoms } from '../text/inline';
import { breakLines } from '../text/lineBreak';
import type { LayoutEnv } from './env';
import { paragraphSlices } from './paragraph';
import { FRAME, TEXT_WIDTH } from './theme';
import { titleSlices } from './sections';
import type { Piece, Slice, TextLine } from './types';

export const CONTENTS_ANCHOR = 'contents';
const NUMBER_ROOM = 40;

export interface TocEntry {
  text: string;
  depth: number;
  anchor: string;
}

/**
 * The contents: one TOCI per heading, each a clickable Reference whose page
 * number is filled in after pagination (the number column is reserved, so
 * numbers never change the layout).
 */
export function tocSlices(env: LayoutEnv, entries: TocEntry[], doc: StructNode): Slice[] {
  const out = titleSlices(env, 'Contents', 1, CONTENTS_ANCHOR, doc);
  if (out[0]) out[0].pageBreakBefore = false;
  const toc = doc.child('TOC');
  for (const entry of entries) {
    const reference = toc.child('TOCI').child('Reference');
    const linkNode = reference.child('Link');
    const link = { target: { anchor: entry.anchor }, node: linkNode, label: `Go to ${entry.text}` };
    const indent = (entry.depth - 1) * 16;
    const top = entry.depth === 1;
    const base = env.theme.body({ size: top ? 10.5 : 10, face: env.theme.face(top ? 'heading' : 'body', top), colour: top ? env.theme.primary : env.theme.text });
    const atoms = inlineAtoms(env, [{ type: 'text', text: entry.text }], base, linkNode).map((a) => (a.kind === 'break' ? a : { ...a, link }));
    const lines = breakLines(atoms, TEXT_WIDTH - indent - NUMBER_ROOM);
    const slices = paragraphSlices(lines, {
      x: FRAME.left + indent,
      width: TEXT_WIDTH - indent - NUMBER_ROOM,
      base,
      leading: 1.3,
      justify: false,
      spaceBefore: top ? 7 : 1.5,
      boxes: [],
    });
    const last = slices[slices.length - 1]?.items.find((d): d is TextLine => d.kind === 'text');
    if (last) {
      const pageNumber: Piece = { text: '000', style: base, x: 0, width: 0, spacesBefore: 0, spaces: 0, node: linkNode, link, pageOf: { anchor: entry.anchor, right: FRAME.right } };
      last.pieces.push(pageNumber);
    }
    out.push(...slices);
  }
  return out;
}

