import { SAFETY_ITEM_LABEL, type DocNode } from '../../../../../shared/model';
import type { StructNode } from '../structure/structNode';
import { layoutBlocks, textBlock } from './blocks';
import type { Frame, LayoutEnv } from './env';
import { tint } from './theme';
import type { BoxDecor, Rgb, Slice } from './types';

const PAD = 9;
const EDGE = 3.5;

/** Blocks inside a shaded box: padding slices above and below keep text off the box's edges on every page. */
function boxed(env: LayoutEnv, frame: Frame, look: Omit<BoxDecor, 'x' | 'w'>, build: (inner: Frame) => Slice[]): Slice[] {
  const box: BoxDecor = { ...look, x: frame.x, w: frame.width };
  const boxes = [...frame.boxes, box];
  const inner: Frame = { ...frame, x: frame.x + PAD + EDGE, width: frame.width - 2 * PAD - EDGE, boxes };
  const body = build(inner);
  if (body[0]) body[0].spaceBefore = 0;
  // The padding under the box stays with its last line: a page must not start with an empty piece of box.
  const last = body[body.length - 1];
  if (last) last.keepWithNext = true;
  return [
    { height: PAD - 2, spaceBefore: 10, items: [], boxes, keepWithNext: true },
    ...body,
    { height: PAD, spaceBefore: 0, items: [], boxes },
    // A gap after the box that belongs to no box, so the next block starts clear of it.
    { height: 4, spaceBefore: 0, items: [], boxes: frame.boxes },
  ];
}

const CALLOUT_LOOK: Record<string, (env: LayoutEnv) => Omit<BoxDecor, 'x' | 'w'>> = {
  info: (env) => ({ fill: env.theme.accent, edge: env.theme.primary }),
  exemplar: (env) => ({ fill: tint(env.theme.secondary, 0.9), edge: env.theme.secondary }),
  quote: (env) => ({ edge: env.theme.muted, frame: tint(env.theme.muted, 0.6) }),
  warning: () => ({ fill: [1, 0.96, 0.84] as Rgb, edge: [0.93, 0.55, 0] as Rgb }),
};

const CALLOUT_TITLE: Record<string, string> = { exemplar: 'Example of good practice', warning: 'Warning', info: '', quote: '' };

/** A callout: a Div holding its blocks, on the variant's colours. */
export function calloutSlices(env: LayoutEnv, node: DocNode, frame: Frame, parent: StructNode): Slice[] {
  const variant = String(node.attrs?.variant ?? 'info');
  const div = parent.child('Div');
  const look = (CALLOUT_LOOK[variant] ?? CALLOUT_LOOK.info!)(env);
  return boxed(env, frame, look, (inner) => {
    const title = CALLOUT_TITLE[variant];
    const head = title
      ? textBlock(env, [{ type: 'text', text: title }], inner, div, {
          style: env.theme.body({ face: env.theme.face('heading', true), colour: look.edge ?? env.theme.primary }),
          keepWithNext: true,
          spaceBefore: 0,
        })
      : [];
    return [...head, ...layoutBlocks(env, node.content ?? [], inner, div)];
  });
}

/** A block quotation: BlockQuote with a rule on its left. */
export function quoteSlices(env: LayoutEnv, node: DocNode, frame: Frame, parent: StructNode): Slice[] {
  const quote = parent.child('BlockQuote');
  return boxed(env, frame, { edge: tint(env.theme.primary, 0.4) }, (inner) => layoutBlocks(env, node.content ?? [], inner, quote));
}

/** A safety recommendation, observation or action from the register: code, kind, addressee and text. */
export function safetyItemSlices(env: LayoutEnv, node: DocNode, frame: Frame, parent: StructNode): Slice[] {
  const item = env.report.safetyItems.get(String(node.attrs?.safetyItemId ?? ''));
  const div = parent.child('Div');
  const { theme } = env;
  return boxed(env, frame, { fill: tint(theme.primary, 0.9), edge: theme.primary }, (inner) => {
    if (!item) return textBlock(env, [{ type: 'text', text: 'Safety item missing from the register.' }], inner, div);
    const heading = textBlock(
      env,
      [
        { type: 'text', text: item.code || 'Uncoded', marks: [{ type: 'bold' }] },
        { type: 'text', text: `  ${SAFETY_ITEM_LABEL[item.kind]}` },
      ],
      inner,
      div,
      { style: theme.body({ face: theme.face('heading', true), colour: theme.primary, size: 11 }), keepWithNext: true, spaceBefore: 0, role: 'heading' },
    );
    const addressee = item.addressee
      ? textBlock(env, [{ type: 'text', text: `Addressed to: ${item.addressee}`, marks: [{ type: 'italic' }] }], inner, div, { spaceBefore: 2, keepWithNext: true })
      : [];
    const text = textBlock(env, [{ type: 'text', text: item.text }], inner, div, { spaceBefore: 4 });
    const first = heading[0];
    if (first) first.anchors = [`item-${item.id}`];
    return [...heading, ...addressee, ...text];
  });
}
