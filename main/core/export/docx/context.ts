import type { ReportDocument } from '../reportDocument';
import type { SectionComments } from './comments';
import type { Footnotes } from './footnotes';
import type { ListNumbering } from './lists';
import type { DocxTheme } from './theme';
import type { TableOfContentsEntries } from './toc';

/** What the whole walk shares: the report, its look, and what is collected on the way. */
export interface DocxContext {
  report: ReportDocument;
  theme: DocxTheme;
  footnotes: Footnotes;
  lists: ListNumbering;
  toc: TableOfContentsEntries;
  /** Figures are numbered through the report, in order. */
  figureCount: number;
}

/** Where the walk is inside one section: its ProseMirror position and the comment ranges placed on the way. */
export interface SectionWalk {
  pos: number;
  comments: SectionComments | null;
}

/** How the enclosing block shapes a paragraph: lists, quotes, boxes and table cells. */
export interface BlockScope {
  /** Paragraph style for plain paragraphs here. */
  style?: string;
  /** Width available, in twips (tables and images fit in it). */
  width: number;
  /** Left indent of paragraphs that continue a list item. */
  indent?: number;
  /** Depth (1–3) of the section the text is in; the PDF sizes the headings in it from that. */
  sectionDepth?: number;
  /** List nesting level for a list met here. */
  listLevel: number;
  /** Numbering for the next paragraph: the first paragraph of a list item. */
  numbering?: { reference: string; level: number; instance: number };
  /** Space above that numbered paragraph, in twips: the PDF's gaps between list items. */
  itemGap?: number;
}
