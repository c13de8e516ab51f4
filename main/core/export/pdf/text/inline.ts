import type { DocNode } from '../../../../../shared/model';
import { isAllowedLink, type CitationItem } from '../../../../../shared/schema';
import type { ReportDocument } from '../../reportDocument';
import type { Role, Theme } from '../layout/theme';
import type { FootnoteBlock, Piece, TextStyle } from '../layout/types';
import type { StructNode } from '../structure/structNode';
import { textAtoms, type Atom } from './atoms';

export interface InlineEnv {
  theme: Theme;
  report: ReportDocument;
  /** Numbers a footnote and lays out its text; the marker's line carries the result. */
  footnote(content: DocNode[], owner: StructNode): FootnoteBlock;
}

type Marks = DocNode['marks'];

/** The base style's face with the marks' weight and slant added (never removed). */
function styled(env: InlineEnv, base: TextStyle, marks: Marks, role: Role): TextStyle {
  let bold = base.face.variant === 'bold' || base.face.variant === 'boldItalic';
  let italic = base.face.variant === 'italic' || base.face.variant === 'boldItalic';
  let underline = false;
  let strike = false;
  for (const mark of marks ?? []) {
    if (mark.type === 'bold') bold = true;
    else if (mark.type === 'italic') italic = true;
    else if (mark.type === 'underline') underline = true;
    else if (mark.type === 'strike') strike = true;
  }
  const style: TextStyle = { ...base, face: env.theme.face(role, bold, italic) };
  if (underline) style.underline = true;
  if (strike) style.strike = true;
  return style;
}

const hrefOf = (marks: Marks): string | null => {
  const href = marks?.find((m) => m.type === 'link')?.attrs?.href;
  return typeof href === 'string' && isAllowedLink(href) ? href : null;
};

/**
 * Turns a block's inline nodes into atoms for line breaking: text with its
 * marks, citation labels linked to the bibliography, finding codes, footnote
 * markers linked to their note, hard breaks. Each link becomes a Link
 * element inside `owner`, so tagging mirrors what is clickable.
 */
export function inlineAtoms(env: InlineEnv, nodes: DocNode[], base: TextStyle, owner: StructNode, role: Role = 'body'): Atom[] {
  const out: Atom[] = [];
  type OpenLink = { href: string; link: NonNullable<Piece['link']> };
  let openLink = null as OpenLink | null;
  for (const node of nodes) {
    const href = node.type === 'text' ? hrefOf(node.marks) : null;
    if (!href) openLink = null;
    switch (node.type) {
      case 'text': {
        const style = styled(env, base, node.marks, role);
        if (href) {
          const link: OpenLink =
            openLink?.href === href ? openLink : { href, link: { target: { uri: href }, node: owner.child('Link'), label: `Link to ${href}` } };
          openLink = link;
          textAtoms(node.text ?? '', { ...style, colour: env.theme.primary, underline: true }, link.link.node, link.link, out);
        } else textAtoms(node.text ?? '', style, owner, undefined, out);
        break;
      }
      case 'hardBreak':
        out.push({ kind: 'break' });
        break;
      case 'citation': {
        const items = (node.attrs?.items as CitationItem[] | undefined) ?? [];
        const label = env.report.citations.label(items);
        const first = items[0]?.referenceId;
        const style = styled(env, base, node.marks, role);
        if (!first) {
          textAtoms(label, style, owner, undefined, out);
          break;
        }
        const link = { target: { anchor: `ref-${first}` }, node: owner.child('Link'), label: `Reference ${label}` };
        textAtoms(label, { ...style, colour: env.theme.primary }, link.node, link, out);
        break;
      }
      case 'findingRef': {
        const finding = env.report.findings.get(String(node.attrs?.findingId ?? ''));
        textAtoms(finding?.code || 'finding (missing)', styled(env, base, [{ type: 'bold' }], role), owner, undefined, out);
        break;
      }
      case 'footnote': {
        const block = env.footnote(node.content ?? [], owner);
        const size = base.size * 0.68;
        const link = { target: { anchor: block.anchor }, node: owner.child('Link'), label: `Footnote ${block.number}` };
        out.push({
          kind: 'text',
          text: String(block.number),
          style: { ...base, size, rise: base.size * 0.36, colour: env.theme.primary },
          node: link.node,
          link,
          footnote: block,
        });
        break;
      }
      default:
        if (node.content) out.push(...inlineAtoms(env, node.content, base, owner, role));
    }
  }
  return out;
}
