import { Bookmark, FileChild, Paragraph, TextRun, type ParagraphChild } from 'docx';
import { STYLE } from './styleIds';
import { PAGE } from './theme';
import { xmlText } from './xmlText';

/** One line of the table of contents: a heading of level 1–3, the bookmark on it and the page it starts on. */
export interface TocEntry {
  title: string;
  level: number;
  href: string;
  page: number | undefined;
}

type Xml = Record<string, unknown>;

/** The contents as Word writes its own: a content control of the Table of Contents gallery around the TOC field. */
class ContentsControl extends FileChild {
  constructor(private readonly xml: Xml) {
    super('w:sdt');
  }

  override prepForXml(): Xml {
    return this.xml;
  }
}

const attr = (values: Record<string, string | number | boolean>) => ({ _attr: values });
const text = (value: string) => ({ 'w:t': [attr({ 'xml:space': 'preserve' }), xmlText(value)] });
const fieldChar = (type: 'begin' | 'separate' | 'end', dirty = false) => ({
  'w:r': [{ 'w:fldChar': attr(dirty ? { 'w:fldCharType': type, 'w:dirty': true } : { 'w:fldCharType': type }) }],
});
/** Begins the field: Heading 1–3, entries linked. Dirty, so Word offers to update it on opening. */
const FIELD_START = [fieldChar('begin', true), { 'w:r': [{ 'w:instrText': [attr({ 'xml:space': 'preserve' }), 'TOC \\h \\o "1-3"'] }] }, fieldChar('separate')];

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

  /** `pages`: each heading's page, counting the cover as page 1, by the key given to heading(). */
  constructor(private readonly pages: ReadonlyMap<string, number> = new Map()) {}

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
        { 'w:pPr': [{ 'w:pStyle': attr({ 'w:val': STYLE.toc(entry.level) }) }, { 'w:tabs': [{ 'w:tab': attr({ 'w:val': 'right', 'w:leader': 'dot', 'w:pos': PAGE.textWidth }) }] }] },
        ...(i === 0 ? FIELD_START : []),
        {
          'w:hyperlink': [
            attr({ 'w:anchor': entry.href, 'w:history': 1 }),
            { 'w:r': [text(entry.title)] },
            { 'w:r': [{ 'w:tab': {} }] },
            { 'w:r': [text(entry.page === undefined ? '' : String(entry.page))] },
          ],
        },
        ...(i === last ? [fieldChar('end')] : []),
      ],
    }));
    const contents = new ContentsControl({
      'w:sdt': [
        { 'w:sdtPr': [{ 'w:alias': attr({ 'w:val': 'Contents' }) }, { 'w:docPartObj': [{ 'w:docPartGallery': attr({ 'w:val': 'Table of Contents' }) }, { 'w:docPartUnique': {} }] }] },
        { 'w:sdtContent': paragraphs.length ? paragraphs : [{ 'w:p': [...FIELD_START, fieldChar('end')] }] },
      ],
    });
    return [new Paragraph({ style: STYLE.contentsHeading, children: [new TextRun('Contents')] }), contents];
  }
}
