import type { DocNode } from '../../../../../shared/model';
import type { StructNode } from '../structure/structNode';
import { atomWidth } from '../text/atoms';
import { layoutBlocks } from './blocks';
import type { Frame, LayoutEnv } from './env';
import type { Slice, TextLine } from './types';

/** Each level's indent, the gap between a label and its text, and the bullets by depth (points); the DOCX's numbering follows them. */
export const LIST_LOOK = { indent: 18, labelGap: 5, bullets: ['•', '–', '◦'] } as const;
const { indent: INDENT, labelGap: LABEL_GAP, bullets: BULLETS } = LIST_LOOK;

/**
 * A list as L > LI > (Lbl, LBody). The label is drawn on the first line of its
 * item, right-aligned in the indent, so wrapped lines hang under the text.
 */
export function listSlices(env: LayoutEnv, node: DocNode, frame: Frame, parent: StructNode): Slice[] {
  const list = parent.child('L');
  const ordered = node.type === 'orderedList';
  const start = Number(node.attrs?.start ?? 1) || 1;
  const inner: Frame = { ...frame, x: frame.x + INDENT, width: frame.width - INDENT, listDepth: frame.listDepth + 1 };
  const out: Slice[] = [];
  (node.content ?? []).forEach((item, i) => {
    const li = list.child('LI');
    const lbl = li.child('Lbl');
    const body = li.child('LBody');
    const slices = layoutBlocks(env, item.content ?? [], inner, body);
    const first = slices[0];
    if (!first) return;
    first.spaceBefore = i === 0 ? (frame.listDepth ? 2 : env.theme.paragraphGap) : 3;
    const style = env.theme.body(ordered ? {} : { colour: env.theme.primary });
    const text = ordered ? `${start + i}.` : (BULLETS[frame.listDepth % BULLETS.length] as string);
    const width = atomWidth(style, text);
    const firstLine = first.items.find((d): d is TextLine => d.kind === 'text');
    const label: TextLine = {
      kind: 'text',
      x: inner.x - LABEL_GAP - width,
      y: firstLine?.y ?? style.size,
      pieces: [{ text, style, x: 0, width, spacesBefore: 0, spaces: 0, node: lbl }],
      wordSpacing: 0,
    };
    first.items.unshift(label);
    out.push(...slices);
  });
  return out;
}
