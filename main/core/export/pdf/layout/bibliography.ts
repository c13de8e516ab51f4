import type { StructNode } from '../structure/structNode';
import { atomWidth } from '../text/atoms';
import { textBlock } from './blocks';
import type { LayoutEnv } from './env';
import { bodyFrame, titleSlices } from './sections';
import type { Slice, TextLine } from './types';

export const REFERENCES_ANCHOR = 'references';

const REFERENCES_TITLE = /^\s*(references|bibliography|reference list)\s*$/i;
/** The engine may already number Vancouver entries ("1. Wu AW…"); the number then becomes the label. */
const NUMBERED = /^\s*\[?(\d+)[.\])]\s*/;

/** The section the writers made for the references, if any: the bibliography goes at its end (as in the DOCX). */
export const referencesSectionId = (report: { sections: { id: string; title: string }[] }) =>
  [...report.sections].reverse().find((s) => REFERENCES_TITLE.test(s.title))?.id ?? null;

/**
 * The bibliography of what is cited, in the style's order: numbered (Vancouver)
 * with numbers hanging in the margin, or an alphabetical list with hanging
 * indents (Harvard). Each entry is a link target for its citations.
 */
export function bibliographySlices(env: LayoutEnv, parent: StructNode, withHeading: boolean): Slice[] {
  const entries = env.report.citations.bibliography;
  if (!entries.length) return [];
  const sect = withHeading ? parent.child('Sect') : parent;
  const out = withHeading ? titleSlices(env, 'References', 1, REFERENCES_ANCHOR, sect) : [];
  const list = sect.child('L');
  const numbered = env.report.citations.style === 'vancouver';
  const hang = numbered ? 24 : 14;
  const frame = bodyFrame(1);
  const inner = { ...frame, x: frame.x + hang, width: frame.width - hang };
  const style = env.theme.body({ size: 9 });
  entries.forEach((entry, i) => {
    const li = list.child('LI');
    const lbl = numbered ? li.child('Lbl') : null;
    const body = li.child('LBody');
    const numberedText = numbered ? NUMBERED.exec(entry.text) : null;
    const text = numberedText ? entry.text.slice(numberedText[0].length) : entry.text;
    const slices = textBlock(env, [{ type: 'text', text }], inner, body, { style, spaceBefore: 4, justify: false });
    const first = slices[0];
    if (!first) return;
    first.anchors = [`ref-${entry.referenceId}`];
    if (lbl) {
      const label = `${numberedText?.[1] ?? i + 1}.`;
      const firstLine = first.items.find((d): d is TextLine => d.kind === 'text');
      first.items.unshift({
        kind: 'text',
        x: inner.x - 6 - atomWidth(style, label),
        y: firstLine?.y ?? style.size,
        pieces: [{ text: label, style, x: 0, width: atomWidth(style, label), spacesBefore: 0, spaces: 0, node: lbl }],
        wordSpacing: 0,
      });
    } else {
      // Harvard: hanging indent; the first line starts at the margin.
      const firstLine = first.items.find((d): d is TextLine => d.kind === 'text');
      if (firstLine) firstLine.x -= hang;
    }
    out.push(...slices);
  });
  return out;
}
