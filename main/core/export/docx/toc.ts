import { Bookmark, type FileChild, type ParagraphChild } from 'docx';
import { rawRunsParagraph } from './rawParagraph';
import { rawRun } from './rawRun';
import { attrs, RawBlock, type Xml } from './rawXml';
import { STYLE } from './styleIds';
import { PAGE } from './theme';

/** One line of the table of contents: a heading of level 1–3, the bookmark on it and the page it starts on. */
export interface TocEntry {
  title: string;
  level: number;
  href: string;
  /** As printed on the page: "1" for the report's first page after the cover and contents. */
  page: string | undefined;
}

const fieldChar = (type: 'begin' | 'separate' | 'end', dirty = false) => ({
  'w:r': [{ 'w:fldChar': attrs(dirty ? { 'w:fldCharType': type, 'w:dirty': 'true' } : { 'w:fldCharType': type }) }],
});
/** Begins the field: Heading 1–3, entries linked. Dirty, so Word offers to update it on opening. */
const FIELD_START = [fieldChar('begin', true), { 'w:r': [{ 'w:instrText': [attrs({ 'xml:space': 'preserve' }), 'TOC \\h \\o "1-3"'] }] }, fieldChar('separate')];

/**
 * Collects the table of contents while the walk writes the headings, so the TOC
 * field is written with its entries (linked to bookmarks on the headings) and
 * reads correctly before anyone updates fields. The page numbers are those the
 * PDF engine lays the same report out on (headingPages): the DOCX's page
 * geometry and styles follow the PDF's, so Word and LibreOffice break pages
 * where it does.
 */
export class TableOfContentsEntries {
  readonly entries: TocEntry[] = [];

  /** `pages`: each heading's page number as its footer prints it, by the key given to heading(). */
  constructor(private readonly pages: ReadonlyMap<string, string> = new Map()) {}

  /** The heading's content inside the bookmark its entry links to; `key` finds its page (a section id). */
  heading(key: string, title: string, level: number, children: ParagraphChild[]): ParagraphChild[] {
    const href = `_Toc${this.entries.length + 1}`;
    this.entries.push({ title, level, href, page: this.pages.get(key) });
    return [new Bookmark({ id: href, children })];
  }

  /**
   * "Contents", then a TOC field over Heading 1–3 whose result is the entries,
   * each with a right-aligned, dot-led page number as Word writes them. The field
   * stays dirty: Word offers to update it on opening and, with the brand fonts
   * installed, its update gives the same numbers.
   */
  blocks(): FileChild[] {
    const last = this.entries.length - 1;
    const paragraphs: Xml[] = this.entries.map((entry, i) => ({
      'w:p': [
        { 'w:pPr': [{ 'w:pStyle': attrs({ 'w:val': STYLE.toc(entry.level) }) }, { 'w:tabs': [{ 'w:tab': attrs({ 'w:val': 'right', 'w:leader': 'dot', 'w:pos': PAGE.textWidth }) }] }] },
        ...(i === 0 ? FIELD_START : []),
        {
          'w:hyperlink': [
            attrs({ 'w:anchor': entry.href, 'w:history': 1 }),
            rawRun(entry.title),
            { 'w:r': [{ 'w:tab': {} }] },
            rawRun(entry.page ?? ''),
          ],
        },
        ...(i === last ? [fieldChar('end')] : []),
      ],
    }));
    // A content control of Word's Table of Contents gallery around the field, as Word writes its own.
    const contents = {
      'w:sdt': [
        { 'w:sdtPr': [{ 'w:alias': attrs({ 'w:val': 'Contents' }) }, { 'w:docPartObj': [{ 'w:docPartGallery': attrs({ 'w:val': 'Table of Contents' }) }, { 'w:docPartUnique': {} }] }] },
        { 'w:sdtContent': paragraphs.length ? paragraphs : [{ 'w:p': [...FIELD_START, fieldChar('end')] }] },
      ],
    };
    return [rawRunsParagraph({ style: STYLE.contentsHeading }, [rawRun('Contents')]), new RawBlock('w:sdt', () => contents)];
  }
}
