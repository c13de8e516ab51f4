import { HeadingLevel, Paragraph, TextRun, type FileChild } from 'docx';
import type { ReportSection } from '../reportDocument';
import { renderBlocks } from './blocks';
import { ReviewComments } from './comments';
import type { DocxContext, SectionWalk } from './context';
import { contentSize } from './positions';
import { PAGE } from './theme';
import { xmlText } from './xmlText';

const SECTION_HEADING = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3];

/**
 * One report section: its numbered heading (Heading 1–3 by depth), then its text.
 * With a review copy, the section's comment threads are placed as the walk goes;
 * threads whose passage is gone are put on the heading.
 */
export function sectionBlocks(ctx: DocxContext, section: ReportSection, review: ReviewComments | null): FileChild[] {
  const comments = review ? review.forSection(section.id, contentSize(section.content)) : null;
  const level = Math.min(3, Math.max(1, section.depth));
  const title = xmlText(`${section.number} ${section.title}`.trim());
  const runs = [new TextRun(title)];
  const heading = new Paragraph({
    heading: SECTION_HEADING[level - 1],
    children: ctx.toc.heading(section.id, title, level, comments ? ReviewComments.around(comments.detached, runs) : runs),
  });
  const walk: SectionWalk = { pos: 0, comments };
  const body = renderBlocks(ctx, section.content.content ?? [], walk, { width: PAGE.textWidth, listLevel: 0, sectionDepth: level });
  const rest = comments?.finish() ?? [];
  return [heading, ...body, ...(rest.length ? [new Paragraph({ children: rest })] : [])];
}
