import { AlignmentType, BorderStyle, LineRuleType, type IParagraphStyleOptions, type IStylesOptions } from 'docx';
import { FOOTNOTE_SEPARATOR } from '../pdf/layout/paginate';
import { lineBoxHeight, type LineMetrics } from '../pdf/layout/paragraph';
import { LIBREOFFICE_SEPARATOR } from './footnoteSeparator';
import { STYLE } from './styleIds';
import { tinted, type DocxTheme } from './theme';

const pt = (points: number) => points * 2;
const twips = (points: number) => Math.round(points * 20);

/**
 * Line heights, sizes and gaps as the PDF engine sets them (pdf/layout: theme.ts,
 * blocks.ts, sections.ts, toc.ts), so Word and LibreOffice break pages where the
 * PDF does and the contents' page numbers, taken from the PDF's layout, hold.
 * Lines are exact: Word's "auto" spacing would follow each font's own metrics.
 * Space is set above paragraphs only (or in a line's height): LibreOffice takes
 * the larger of one paragraph's space below and the next one's above, where Word
 * and the PDF add them.
 */
const exactLine = (points: number) => ({ line: twips(points), lineRule: LineRuleType.EXACT });
const BODY = { size: 10, leading: 1.45, gap: 6 };
const HEADING = { sizes: [20, 15, 12.5, 11, 10.5, 10], leading: 1.25 };
/** The PDF's 14 pt gap and 3 pt under a note (pdf/layout: paginate.ts, footnotes.ts), less the separator's height. */
const FOOTNOTE_GAP = FOOTNOTE_SEPARATOR + 3 - LIBREOFFICE_SEPARATOR;
/** A line of `size` in a font of these metrics, as tall as the PDF sets it (pdf/layout/paragraph.ts). */
const line = (size: number, leading: number, font: LineMetrics, extra = 0) => exactLine(lineBoxHeight(size, leading, font) + extra);
const bodyLine = (theme: DocxTheme, size: number, extra = 0) => line(size, BODY.leading, theme.bodyMetrics, extra);
const headingLine = (theme: DocxTheme, level: number) => line(HEADING.sizes[level - 1] ?? 10, HEADING.leading, theme.headingMetrics);
/** Single lines, the height of their text, and no space above. */
export const COVER_LINES = { before: 0, line: 240, lineRule: LineRuleType.AUTO };
/** A chapter's title line holds the 8 pt the PDF leaves under it. */
const chapterLine = (theme: DocxTheme) => line(HEADING.sizes[0]!, HEADING.leading, theme.headingMetrics, 8);

/** A colour the PDF gives headings of a level: its primary colour down to level 2, its secondary below. */
const headingColour = (theme: DocxTheme, level: number) => (level <= 2 ? theme.primary : theme.secondary);

/**
 * How the PDF sets a heading of `editorLevel` (2–4) in a section of `depth`: one
 * level below its section's heading, whatever Heading 4–6 style the DOCX gives it
 * (the TOC lists Heading 1–3 only). Its line height (twips, exact) and its text's
 * size (half-points) and colour, where they differ from the style's (sections
 * above the deepest); undefined where the style is right.
 */
export function contentHeadingLook(theme: DocxTheme, depth: number, editorLevel: number): { line: number; run: { size: number; color: string } } | undefined {
  const level = Math.min(depth + editorLevel - 1, 6);
  if (level === editorLevel + 2) return undefined;
  return { line: headingLine(theme, level).line, run: { size: pt(HEADING.sizes[level - 1] ?? 10), color: headingColour(theme, level) } };
}

/** Heading looks by level: section headings use 1–3, headings inside a section's text 4–6. */
function headingStyle(theme: DocxTheme, level: number, colour: string, before: number) {
  const size = HEADING.sizes[level - 1] ?? 10;
  // Chapters start on a new page, as in a printed report, and leave 8 pt under their title.
  const chapter = level === 1;
  return {
    run: { font: theme.headingFont, size: pt(size), bold: true, color: colour },
    // Headings are never justified, whatever the body text is.
    paragraph: {
      spacing: { before: twips(before), after: 0, ...(chapter ? chapterLine(theme) : headingLine(theme, level)) },
      keepNext: true,
      keepLines: true,
      pageBreakBefore: chapter,
      alignment: AlignmentType.LEFT,
    },
  };
}

/** The contents' entries: top-level ones in the heading font, each level indented 16 pt. */
function tocStyle(theme: DocxTheme, level: number): IParagraphStyleOptions {
  const top = level === 1;
  const size = top ? 10.5 : 10;
  return {
    id: STYLE.toc(level),
    name: `toc ${level}`,
    basedOn: STYLE.normal,
    next: STYLE.normal,
    uiPriority: 39,
    semiHidden: true,
    unhideWhenUsed: true,
    run: top ? { font: theme.headingFont, size: pt(size), bold: true, color: theme.primary } : { size: pt(size) },
    paragraph: { spacing: { before: twips(top ? 7 : 1.5), after: 0, ...line(size, 1.3, top ? theme.headingMetrics : theme.bodyMetrics) }, indent: { left: twips((level - 1) * 16) }, alignment: AlignmentType.LEFT },
  };
}

function paragraphStyles(theme: DocxTheme): IParagraphStyleOptions[] {
  const heading = { font: theme.headingFont, color: theme.primary, bold: true };
  const base = (id: string, name: string, rest: Omit<IParagraphStyleOptions, 'id' | 'name'>): IParagraphStyleOptions => ({
    id,
    name,
    basedOn: STYLE.normal,
    next: STYLE.normal,
    quickFormat: true,
    ...rest,
  });
  return [
    // The cover is a page of its own: its lines are as tall as their text, not the body's exact lines.
    base(STYLE.coverTitle, 'Cover Title', { run: { ...heading, size: pt(30) }, paragraph: { spacing: { ...COVER_LINES, after: 240 }, alignment: AlignmentType.LEFT } }),
    base(STYLE.coverSubtitle, 'Cover Subtitle', { run: { font: theme.headingFont, size: pt(16), color: theme.secondary }, paragraph: { spacing: { ...COVER_LINES, after: 160 }, alignment: AlignmentType.LEFT } }),
    base(STYLE.coverDetail, 'Cover Detail', { run: { font: theme.headingFont, size: pt(12) }, paragraph: { spacing: { ...COVER_LINES, after: 60 }, alignment: AlignmentType.LEFT } }),
    base(STYLE.contentsHeading, 'Contents Heading', { run: { ...heading, size: pt(20) }, paragraph: { spacing: { before: 0, after: 0, ...chapterLine(theme) }, alignment: AlignmentType.LEFT } }),
    ...[1, 2, 3].map((level) => tocStyle(theme, level)),
    // The PDF's quotation box (pdf/layout/boxes.ts): plain text 9 pt from a 3.5 pt edge in the primary colour tinted, 9 pt from the right; the spacers around a quotation hold its padding.
    base(STYLE.quote, 'Quote', {
      paragraph: {
        indent: { left: twips(12.5), right: twips(9) },
        border: { left: { style: BorderStyle.SINGLE, size: 28, color: tinted(theme.primary, 0.4), space: 9 } },
      },
    }),
    // An image's line is as tall as the image; the PDF leaves 2 pt above and below it (the caption holds the 2 below).
    base(STYLE.figure, 'Figure', { paragraph: { alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: twips(12), after: 0, line: 240, lineRule: LineRuleType.AUTO } } }),
    base(STYLE.tableText, 'Table Text', { run: { size: pt(9) }, paragraph: { spacing: { before: 0, after: 0, ...bodyLine(theme, 9) }, alignment: AlignmentType.LEFT } }),
    // Header cells as the PDF sets them: the cell's text in bold.
    base(STYLE.tableHeading, 'Table Heading', { basedOn: STYLE.tableText, run: { bold: true } }),
    // Inside boxes every paragraph has the PDF's 6 pt above; the box's top padding is the rest of its 7 pt.
    // Titles in boxes are not kept with the next paragraph: a box is a one-row table, and a row holding such a paragraph is
    // kept, in Word and LibreOffice, with what follows the table, so a box that fits at a page's foot would move on.
    base(STYLE.calloutTitle, 'Callout Title', { run: { ...heading, size: pt(BODY.size), color: theme.secondary }, paragraph: { spacing: { before: twips(BODY.gap), after: 0 } } }),
    base(STYLE.calloutText, 'Callout Text', { paragraph: { spacing: { before: twips(BODY.gap), after: 0 }, alignment: AlignmentType.LEFT } }),
    base(STYLE.safetyItemTitle, 'Safety Item Title', {
      run: { ...heading, size: pt(11) },
      paragraph: { spacing: { before: twips(BODY.gap), after: 0, ...line(11, HEADING.leading, theme.headingMetrics) } },
    }),
    base(STYLE.safetyItemText, 'Safety Item Text', { paragraph: { spacing: { before: twips(4), after: 0 }, alignment: AlignmentType.LEFT } }),
    base(STYLE.safetyItemMeta, 'Safety Item Addressee', { run: { italics: true }, paragraph: { spacing: { before: twips(2), after: 0 } } }),
    base(STYLE.bibliography, 'Bibliography Entry', {
      run: { size: pt(9) },
      paragraph: { spacing: { before: twips(4), after: 0, ...bodyLine(theme, 9) }, alignment: AlignmentType.LEFT },
    }),
    // The PDF's notes: the number in the margin, the text 12 pt in and wrapping there. The PDF's gap above the notes is
    // the separator and the first note's space above, which notes after it on the page do without (contextual spacing):
    // LibreOffice drops the space under the last note, and its separator cannot be set, so notes are not spaced apart.
    base(STYLE.footnoteText, 'footnote text', {
      run: { size: pt(8) },
      paragraph: {
        spacing: { before: twips(FOOTNOTE_GAP), after: 0, ...bodyLine(theme, 8) },
        contextualSpacing: true,
        indent: { left: twips(12), hanging: twips(12) },
        alignment: AlignmentType.LEFT,
      },
    }),
    base(STYLE.header, 'Header', { run: { size: pt(9), color: theme.secondary }, paragraph: { spacing: { before: 0, after: 0 } } }),
    base(STYLE.footer, 'Footer', { run: { size: pt(9), color: theme.secondary }, paragraph: { spacing: { before: 0, after: 0 } } }),
    // The PDF's rule: 6 pt above and a 12 pt slice with a 0.75 pt line 6 pt down it, in the muted colour. A border under the
    // paragraph would add its width and spacing to the paragraph's height, so the line is the border above an empty one.
    base(STYLE.rule, 'Rule', {
      paragraph: { border: { top: { style: BorderStyle.SINGLE, size: 6, color: theme.muted, space: 0 } }, spacing: { before: twips(12), after: 0, ...exactLine(5.25) } },
    }),
  ];
}

/** The named styles of the document, in the brand's fonts and colours; headings carry outline levels for the TOC. */
export function documentStyles(theme: DocxTheme): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: theme.bodyFont, size: pt(BODY.size), color: theme.text, language: { value: 'en-GB' } },
        paragraph: {
          spacing: { before: twips(BODY.gap), after: 0, ...bodyLine(theme, BODY.size) },
          alignment: theme.justify ? AlignmentType.JUSTIFIED : AlignmentType.LEFT,
        },
      },
      title: { run: { font: theme.headingFont, size: pt(30), bold: true, color: theme.primary } },
      heading1: headingStyle(theme, 1, theme.primary, 0),
      heading2: headingStyle(theme, 2, theme.primary, 18),
      heading3: headingStyle(theme, 3, theme.secondary, 14),
      // Headings inside a section's text, as the PDF sets them in the deepest sections (contentHeadingLook above).
      heading4: headingStyle(theme, 4, headingColour(theme, 4), 14),
      heading5: headingStyle(theme, 5, headingColour(theme, 5), 14),
      heading6: headingStyle(theme, 6, headingColour(theme, 6), 14),
      caption: {
        run: { size: pt(8.5), italics: true, color: theme.muted },
        // The 2 pt under the image above it, then the PDF's 3 pt; its line holds the 6 pt the PDF leaves under a figure.
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: twips(5), after: 0, ...bodyLine(theme, 8.5, 6) } },
      },
    },
    paragraphStyles: paragraphStyles(theme),
    characterStyles: [
      { id: STYLE.hyperlink, name: 'Hyperlink', run: { color: theme.primary, underline: {} } },
      // As the PDF sets them: finding codes bold, citation labels (links to the references) in the primary colour.
      { id: STYLE.findingRef, name: 'Finding Reference', run: { bold: true } },
      { id: STYLE.citation, name: 'Citation Label', run: { color: theme.primary } },
    ],
  };
}
