import type { DocNode } from '../../../../../shared/model';
import type { StructNode } from '../structure/structNode';
import { inlineAtoms } from '../text/inline';
import { breakLines } from '../text/lineBreak';
import { calloutSlices, quoteSlices, safetyItemSlices } from './boxes';
import type { Frame, LayoutEnv } from './env';
import { figureSlices } from './figure';
import { listSlices } from './lists';
import { paragraphSlices } from './paragraph';
import { tableSlices } from './table';
import type { Slice, TextStyle } from './types';

/** A paragraph of inline content in the frame, as one P (or the given element type). */
export function textBlock(
  env: LayoutEnv,
  content: DocNode[],
  frame: Frame,
  parent: StructNode,
  options: { type?: string; style?: TextStyle; spaceBefore?: number; keepWithNext?: boolean; align?: 'left' | 'center'; justify?: boolean; role?: 'body' | 'heading' } = {},
): Slice[] {
  const node = parent.child(options.type ?? 'P');
  const base = options.style ?? env.theme.body({ size: frame.fontSize ?? env.theme.bodySize, face: env.theme.face('body', !!frame.strong) });
  const atoms = inlineAtoms(env, content, base, node, options.role ?? 'body');
  return paragraphSlices(breakLines(atoms, frame.width), {
    x: frame.x,
    width: frame.width,
    base,
    leading: options.role === 'heading' ? 1.25 : env.theme.leading,
    justify: options.justify ?? env.theme.justify,
    align: options.align,
    spaceBefore: options.spaceBefore ?? env.theme.paragraphGap,
    keepWithNext: options.keepWithNext,
    boxes: frame.boxes,
  });
}

/** An in-text heading (levels 2–4 of the editor), one level below its section. */
function headingSlices(env: LayoutEnv, node: DocNode, frame: Frame, parent: StructNode): Slice[] {
  const editorLevel = Number(node.attrs?.level ?? 2);
  const level = Math.min(frame.level + editorLevel - 1, 6);
  const slices = textBlock(env, node.content ?? [], frame, parent, {
    type: `H${level}`,
    style: env.theme.heading(level),
    spaceBefore: 14,
    keepWithNext: true,
    justify: false,
    role: 'heading',
  });
  slices.forEach((s) => (s.keepWithNext = true));
  const first = slices[0];
  if (first) {
    const anchor = env.anchor('h');
    first.anchors = [anchor];
    first.outline = [{ title: plainText(node), depth: level, anchor }];
  }
  return slices;
}

export function plainText(node: DocNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'footnote') return '';
  return (node.content ?? []).map(plainText).join('');
}

function ruleSlice(env: LayoutEnv, frame: Frame): Slice {
  return {
    height: 12,
    spaceBefore: 6,
    items: [{ kind: 'rect', x: frame.x, y: 6, w: frame.width, h: 0.75, fill: env.theme.muted }],
    boxes: frame.boxes,
  };
}

/** Lays out block nodes top to bottom; each block's elements go under `parent`, in order. */
export function layoutBlocks(env: LayoutEnv, nodes: DocNode[], frame: Frame, parent: StructNode): Slice[] {
  const out: Slice[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'paragraph':
        out.push(...textBlock(env, node.content ?? [], frame, parent));
        break;
      case 'heading':
        out.push(...headingSlices(env, node, frame, parent));
        break;
      case 'bulletList':
      case 'orderedList':
        out.push(...listSlices(env, node, frame, parent));
        break;
      case 'blockquote':
        out.push(...quoteSlices(env, node, frame, parent));
        break;
      case 'callout':
        out.push(...calloutSlices(env, node, frame, parent));
        break;
      case 'safetyItemBlock':
        out.push(...safetyItemSlices(env, node, frame, parent));
        break;
      case 'figure':
        out.push(...figureSlices(env, node, frame, parent));
        break;
      case 'table':
        out.push(...tableSlices(env, node, frame, parent));
        break;
      case 'horizontalRule':
        out.push(ruleSlice(env, frame));
        break;
      default:
        // A block this exporter does not know: keep its words.
        if (node.content) out.push(...layoutBlocks(env, node.content, frame, parent));
    }
  }
  return out;
}
