import { Paragraph, TableOfContents, TextRun, type FileChild } from 'docx';
import { STYLE } from './styleIds';

/**
 * "Contents" and a Word TOC field over Heading 1–3. docx fills the field with an
 * entry per heading (linked to a bookmark on it), so the table reads correctly
 * before anyone updates fields; Word fills in page numbers when it does.
 */
export function tocBlocks(): FileChild[] {
  return [
    new Paragraph({ style: STYLE.contentsHeading, children: [new TextRun('Contents')] }),
    new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-3' }),
  ];
}
