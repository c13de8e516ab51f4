import type { ReportSection } from '../../reportDocument';
import type { StructNode } from '../structure/structNode';
import { layoutBlocks, textBlock } from './blocks';
import type { Frame, LayoutEnv } from './env';
import { FRAME, TEXT_WIDTH } from './theme';
import type { Slice } from './types';

export const bodyFrame = (level: number): Frame => ({ x: FRAME.left, width: TEXT_WIDTH, boxes: [], level, listDepth: 0 });

/** A numbered heading (H1–H3 by depth) that starts a section, kept with what follows. */
export function titleSlices(env: LayoutEnv, text: string, level: number, anchor: string, parent: StructNode, outlineTitle = text): Slice[] {
  const slices = textBlock(env, [{ type: 'text', text }], bodyFrame(level), parent, {
    type: `H${level}`,
    style: env.theme.heading(level),
    spaceBefore: level === 1 ? 0 : level === 2 ? 18 : 14,
    justify: false,
    role: 'heading',
  });
  slices.forEach((s) => (s.keepWithNext = true));
  const first = slices[0];
  const last = slices[slices.length - 1];
  if (first && last) {
    first.anchors = [anchor];
    first.outline = [{ title: outlineTitle, depth: level, anchor }];
    if (level === 1) {
      first.pageBreakBefore = true;
      first.chapter = outlineTitle;
      last.height += 8;
    }
  }
  return slices;
}

/**
 * The report's sections in order, each a Sect nested by depth, its heading
 * numbered as printed; top-level sections start a new page. Yields the number
 * of sections laid out after each one, so a caller can report progress and
 * let other work run in between; returns the slices.
 */
export function* sectionsSlices(
  env: LayoutEnv,
  sections: ReportSection[],
  doc: StructNode,
  after: (section: ReportSection, sect: StructNode) => Slice[] = () => [],
): Generator<number, Slice[]> {
  const out: Slice[] = [];
  const stack: StructNode[] = [doc];
  for (let i = 0; i < sections.length; i++) {
    const section = sections[i] as ReportSection;
    stack.length = Math.min(stack.length, section.depth);
    const sect = (stack[stack.length - 1] as StructNode).child('Sect');
    stack.push(sect);
    const title = `${section.number} ${section.title}`;
    out.push(...titleSlices(env, title, section.depth, `sec-${section.id}`, sect));
    out.push(...layoutBlocks(env, section.content.content ?? [], bodyFrame(section.depth), sect));
    out.push(...after(section, sect));
    yield i + 1;
  }
  return out;
}
