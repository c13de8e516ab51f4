import { Bookmark, Paragraph, TableOfContents, TextRun, type FileChild, type ParagraphChild } from 'docx';
import { STYLE } from './styleIds';

/** One line of the table of contents: a heading of level 1–3 and the bookmark on it. */
export interface TocEntry {
  title: string;
  level: number;
  href: string;
}

/**
 * Collects the table of contents while the walk writes the headings, so the TOC
 * field is written with its entries (linked to bookmarks on the headings) and
 * reads correctly before anyone updates fields. docx could find the headings
 * itself, but that is a second pass over the whole body, a sixth of the export.
 */
export class TableOfContentsEntries {
  readonly entries: TocEntry[] = [];

  /** The heading's content inside the bookmark its entry links to. */
  heading(title: string, level: number, children: ParagraphChild[]): ParagraphChild[] {
    const href = `_Toc${this.entries.length + 1}`;
    this.entries.push({ title, level, href });
    return [new Bookmark({ id: href, children })];
  }

  /** "Contents" and a Word TOC field over Heading 1–3; Word fills in page numbers when it updates the field. */
  blocks(): FileChild[] {
    return [
      new Paragraph({ style: STYLE.contentsHeading, children: [new TextRun('Contents')] }),
      new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-3', cachedEntries: this.entries }),
    ];
  }
}
