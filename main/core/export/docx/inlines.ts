import { ExternalHyperlink, FootnoteReferenceRun, TextRun, type IRunOptions, type ParagraphChild } from 'docx';
import type { DocNode } from '../../../../shared/model';
import { isAllowedLink, type CitationItem } from '../../../../shared/schema';
import type { DocxContext, SectionWalk } from './context';
import { nodeSize } from './positions';
import { STYLE } from './styleIds';
import { xmlText } from './xmlText';

type Marks = DocNode['marks'];

function runOptions(marks: Marks): IRunOptions {
  const options: { bold?: boolean; italics?: boolean; underline?: object; strike?: boolean } = {};
  for (const mark of marks ?? []) {
    if (mark.type === 'bold') options.bold = true;
    else if (mark.type === 'italic') options.italics = true;
    else if (mark.type === 'underline') options.underline = {};
    else if (mark.type === 'strike') options.strike = true;
  }
  return options as IRunOptions;
}

const linkOf = (marks: Marks) => {
  const href = marks?.find((m) => m.type === 'link')?.attrs?.href;
  return typeof href === 'string' && isAllowedLink(href) ? href : null;
};

/** A text run with its marks; a link mark wraps it in a hyperlink. */
function textRun(text: string, marks: Marks, extra: IRunOptions = {}): ParagraphChild {
  const href = linkOf(marks);
  const run = new TextRun({ ...runOptions(marks), ...extra, text: xmlText(text), ...(href ? { style: STYLE.hyperlink } : {}) });
  return href ? new ExternalHyperlink({ link: href, children: [run] }) : run;
}

export function findingLabel(ctx: DocxContext, node: DocNode): string {
  const finding = ctx.report.findings.get(String(node.attrs?.findingId ?? ''));
  return finding?.code || 'finding (missing)';
}

/** Footnote text lives in the footnotes part; here stays its numbered reference. */
function footnoteRun(ctx: DocxContext, node: DocNode): ParagraphChild {
  const id = ctx.footnotes.add(inlineChildren(ctx, node.content ?? [], null));
  return new FootnoteReferenceRun(id);
}

/**
 * Inline nodes to Word runs. With a walk, it follows ProseMirror positions from
 * walk.pos and places comment markers, splitting text where a range opens or closes.
 */
export function inlineChildren(ctx: DocxContext, nodes: DocNode[], walk: SectionWalk | null, extra: IRunOptions = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  const comments = walk?.comments ?? null;
  for (const node of nodes) {
    const start = walk?.pos ?? 0;
    if (comments) out.push(...comments.at(start));
    switch (node.type) {
      case 'text': {
        const text = node.text ?? '';
        let offset = 0;
        for (const cut of comments ? comments.cuts(start, start + text.length) : []) {
          out.push(textRun(text.slice(offset, cut - start), node.marks, extra));
          offset = cut - start;
          out.push(...comments!.at(cut));
        }
        out.push(textRun(text.slice(offset), node.marks, extra));
        break;
      }
      case 'hardBreak':
        out.push(new TextRun({ ...extra, break: 1 }));
        break;
      case 'citation':
        out.push(new TextRun({ ...extra, style: STYLE.citation, text: ctx.report.citations.label((node.attrs?.items as CitationItem[]) ?? []) }));
        break;
      case 'findingRef':
        out.push(new TextRun({ ...extra, style: STYLE.findingRef, text: findingLabel(ctx, node) }));
        break;
      case 'footnote':
        out.push(footnoteRun(ctx, node));
        break;
      default:
        // An inline type this exporter does not know: keep its words.
        if (node.content) out.push(...inlineChildren(ctx, node.content, null, extra));
    }
    if (walk) walk.pos = start + nodeSize(node);
  }
  if (comments && walk) out.push(...comments.closeBy(walk.pos));
  return out;
}
