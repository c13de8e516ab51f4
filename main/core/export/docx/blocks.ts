import { HeadingLevel, LineRuleType, Paragraph, type FileChild } from 'docx';
import type { DocNode } from '../../../../shared/model';
import { box, boxInnerWidth, GAP_ABOVE, spacer, TABLE_GAP, type BoxLook } from './boxes';
import type { BlockScope, DocxContext, SectionWalk } from './context';
import { figureBlocks } from './figures';
import { inlineChildren } from './inlines';
import { listIndent, MAX_LIST_LEVEL } from './lists';
import { nodeSize } from './positions';
import { safetyItemBlocks } from './safetyItems';
import { STYLE } from './styleIds';
import { contentHeadingLook } from './styles';
import { tableBlock } from './tables';
import { tinted } from './theme';
import { isSimpleContent, rawParagraph, rawRunsParagraph } from './rawParagraph';
import { rawRun } from './rawRun';

export type BlockRenderer = (ctx: DocxContext, nodes: DocNode[], walk: SectionWalk, scope: BlockScope) => FileChild[];

const QUOTE_ABOVE = 220;
const QUOTE_BELOW = 260;

/** Headings inside a section's text (levels 2–4) sit below the numbered section headings: Word's Heading 4–6. */
const CONTENT_HEADING = [HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

/** A heading's line height, size and colour as the PDF sets them, where they differ from its style's (sections above the deepest). */
const headingLook = (ctx: DocxContext, scope: BlockScope, level: number) =>
  scope.sectionDepth ? contentHeadingLook(ctx.theme, scope.sectionDepth, level) : undefined;

function paragraph(ctx: DocxContext, node: DocNode, walk: SectionWalk, scope: BlockScope): FileChild {
  const content = node.content ?? [];
  // No comment ranges to place and nothing but styled text: the fast path.
  if (!walk.comments && isSimpleContent(content)) {
    const level = Math.min(4, Math.max(2, Number(node.attrs?.level ?? 2)));
    if (node.type === 'heading') {
      const look = headingLook(ctx, scope, level);
      return rawParagraph(ctx, content, { style: STYLE.heading(level + 2), line: look?.line, run: look?.run });
    }
    const numbering = scope.numbering && { ...scope.numbering, spaceBefore: scope.itemGap };
    return rawParagraph(ctx, content, { style: scope.style, numbering, indent: numbering ? undefined : scope.indent });
  }
  walk.pos += 1;
  if (node.type === 'heading') {
    const level = Math.min(4, Math.max(2, Number(node.attrs?.level ?? 2)));
    const look = headingLook(ctx, scope, level);
    const children = inlineChildren(ctx, node.content ?? [], walk, look?.run ?? {});
    return new Paragraph({ heading: CONTENT_HEADING[level - 2], children, ...(look ? { spacing: { line: look.line, lineRule: LineRuleType.EXACT } } : {}) });
  }
  const children = inlineChildren(ctx, node.content ?? [], walk);
  return new Paragraph({
    style: scope.style,
    children,
    ...(scope.numbering ? { numbering: scope.numbering, spacing: { before: scope.itemGap } } : scope.indent ? { indent: { left: scope.indent } } : {}),
  });
}

/** A list: each item's first paragraph carries the list number; the rest of the item is indented to it. */
function listBlocks(ctx: DocxContext, node: DocNode, walk: SectionWalk, scope: BlockScope): FileChild[] {
  const level = Math.min(scope.listLevel, MAX_LIST_LEVEL);
  const kind = node.type === 'orderedList' ? 'ordered' : 'bullet';
  const numbering = ctx.lists.next(kind, Number(node.attrs?.start ?? 1));
  const out: FileChild[] = [];
  walk.pos += 1;
  // As in the PDF: 6 pt above a list, 2 pt above a nested one, 3 pt between items.
  const firstGap = level === 0 ? 120 : 40;
  (node.content ?? []).forEach((item, index) => {
    const itemStart = walk.pos;
    walk.pos += 1;
    (item.content ?? []).forEach((child, i) => {
      out.push(
        ...renderBlock(ctx, child, walk, {
          ...scope,
          listLevel: level + 1,
          indent: listIndent(level),
          numbering: i === 0 && child.type === 'paragraph' ? { ...numbering, level } : undefined,
          itemGap: index === 0 ? firstGap : 60,
        }),
      );
    });
    walk.pos = itemStart + nodeSize(item);
  });
  return out;
}

/** The PDF's callout colours (pdf/layout/boxes.ts). */
function calloutLook(ctx: DocxContext, variant: unknown): BoxLook {
  const { theme } = ctx;
  switch (variant) {
    case 'warning':
      return { fill: 'FFF5D6', edge: 'ED8C00' };
    case 'exemplar':
      return { fill: tinted(theme.secondary, 0.9), edge: theme.secondary };
    case 'quote':
      return { edge: theme.muted, frame: tinted(theme.muted, 0.6) };
    default:
      return { fill: theme.accent, edge: theme.primary };
  }
}

/** Callouts that say what they are, as the PDF titles them. */
const CALLOUT_TITLE: Record<string, string> = { exemplar: 'Example of good practice', warning: 'Warning' };

function calloutBlocks(ctx: DocxContext, node: DocNode, walk: SectionWalk, scope: BlockScope): FileChild[] {
  walk.pos += 1;
  const variant = node.attrs?.variant;
  const inner = renderBlocks(ctx, node.content ?? [], walk, {
    style: STYLE.calloutText,
    width: boxInnerWidth(scope.width),
    listLevel: 0,
  });
  const title = CALLOUT_TITLE[String(variant)];
  const head = title ? [rawRunsParagraph({ style: STYLE.calloutTitle }, [rawRun(title)])] : [];
  return [spacer(GAP_ABOVE), box([...head, ...inner], scope.width, calloutLook(ctx, variant)), spacer()];
}

/** One block node to Word paragraphs and tables, keeping the walk's position in step with ProseMirror's. */
export function renderBlock(ctx: DocxContext, node: DocNode, walk: SectionWalk, scope: BlockScope): FileChild[] {
  const start = walk.pos;
  let out: FileChild[];
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      out = [paragraph(ctx, node, walk, scope)];
      break;
    case 'bulletList':
    case 'orderedList':
      out = listBlocks(ctx, node, walk, scope);
      break;
    case 'blockquote':
      walk.pos += 1;
      // The PDF's quotation box: 10 pt gap and 7 pt padding above (the first paragraph's 6 pt included), 9 pt padding and 4 pt gap below.
      out = [spacer(QUOTE_ABOVE), ...renderBlocks(ctx, node.content ?? [], walk, { ...scope, style: STYLE.quote, numbering: undefined }), spacer(QUOTE_BELOW)];
      break;
    case 'callout':
      out = calloutBlocks(ctx, node, walk, scope);
      break;
    case 'table':
      out = [spacer(GAP_ABOVE), tableBlock(ctx, node, walk, scope, renderBlocks), spacer(TABLE_GAP)];
      break;
    case 'figure':
      out = figureBlocks(ctx, node, scope);
      break;
    case 'safetyItemBlock':
      out = safetyItemBlocks(ctx, node, scope);
      break;
    case 'horizontalRule':
      out = [new Paragraph({ style: STYLE.rule })];
      break;
    default:
      // A block type this exporter does not know: keep what it contains.
      walk.pos += 1;
      out = renderBlocks(ctx, node.content ?? [], walk, scope);
  }
  walk.pos = start + nodeSize(node);
  return out;
}

export const renderBlocks: BlockRenderer = (ctx, nodes, walk, scope) => nodes.flatMap((node) => renderBlock(ctx, node, walk, scope));
