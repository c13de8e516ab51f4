import type { DocNode } from '../../../../../shared/model';
import type { StructNode } from '../structure/structNode';
import { atomWidth } from '../text/atoms';
import { textBlock } from './blocks';
import type { LayoutEnv } from './env';
import { FRAME, TEXT_WIDTH } from './theme';
import type { FootnoteBlock, TextLine } from './types';

const HANG = 12;

/**
 * Lays out footnote `number` as a Note at the foot of the page: its number in
 * the margin, its text hanging beside it. Numbered through the document.
 */
export function layoutFootnote(env: LayoutEnv, number: number, content: DocNode[], owner: StructNode): FootnoteBlock {
  const note = owner.child('Note', { id: `note-${number}` });
  const style = env.theme.body({ size: env.theme.footnoteSize });
  const frame = { x: FRAME.left + HANG, width: TEXT_WIDTH - HANG, boxes: [], level: 6, listDepth: 0 };
  const slices = textBlock(env, content, frame, note, { style, spaceBefore: 0, justify: false });
  const anchor = `fn-${number}`;
  const first = slices[0];
  if (first) {
    const text = String(number);
    const labelStyle = { ...style, colour: env.theme.primary };
    const firstLine = first.items.find((d): d is TextLine => d.kind === 'text');
    first.items.unshift({
      kind: 'text',
      x: FRAME.left,
      y: firstLine?.y ?? style.size,
      pieces: [{ text, style: labelStyle, x: 0, width: atomWidth(labelStyle, text), spacesBefore: 0, spaces: 0, node: note }],
      wordSpacing: 0,
    });
    first.anchors = [anchor];
  }
  return { number, anchor, slices, height: slices.reduce((n, s, i) => n + s.height + (i ? s.spaceBefore : 0), 0) + 3 };
}
