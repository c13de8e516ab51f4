import { AlignmentType, BorderStyle, LineRuleType, type IParagraphStyleOptions, type IStylesOptions } from 'docx';
import { STYLE } from './styleIds';
import type { DocxTheme } from './theme';

const pt = (points: number) => points * 2;

/** Heading looks by level: section headings use 1–3, headings inside a section's text 4–6. */
function headingStyle(theme: DocxTheme, size: number, colour: string, before: number, italics = false, newPage = false) {
  return {
    run: { font: theme.headingFont, size: pt(size), bold: true, italics, color: colour },
    // Headings are never justified, whatever the body text is.
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true, pageBreakBefore: newPage, alignment: AlignmentType.LEFT },
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
    base(STYLE.coverTitle, 'Cover Title', { run: { ...heading, size: pt(30) }, paragraph: { spacing: { after: 240 }, alignment: AlignmentType.LEFT } }),
    base(STYLE.coverSubtitle, 'Cover Subtitle', { run: { font: theme.headingFont, size: pt(16), color: theme.secondary }, paragraph: { alignment: AlignmentType.LEFT } }),
    base(STYLE.coverDetail, 'Cover Detail', { run: { font: theme.headingFont, size: pt(12) }, paragraph: { spacing: { after: 60 }, alignment: AlignmentType.LEFT } }),
    base(STYLE.contentsHeading, 'Contents Heading', { run: { ...heading, size: pt(20) }, paragraph: { spacing: { after: 240 }, alignment: AlignmentType.LEFT } }),
    base(STYLE.quote, 'Quote', {
      run: { italics: true, color: theme.secondary },
      paragraph: {
        indent: { left: 567, right: 567 },
        border: { left: { style: BorderStyle.SINGLE, size: 18, color: theme.primary, space: 8 } },
      },
    }),
    base(STYLE.figure, 'Figure', { paragraph: { alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 120, after: 60 } } }),
    base(STYLE.tableText, 'Table Text', { run: { size: pt(10) }, paragraph: { spacing: { before: 40, after: 40 }, alignment: AlignmentType.LEFT } }),
    base(STYLE.tableHeading, 'Table Heading', {
      run: { size: pt(10), bold: true, color: 'FFFFFF', font: theme.headingFont },
      paragraph: { spacing: { before: 40, after: 40 }, alignment: AlignmentType.LEFT },
    }),
    base(STYLE.calloutText, 'Callout Text', { paragraph: { spacing: { before: 60, after: 60 }, alignment: AlignmentType.LEFT } }),
    base(STYLE.safetyItemTitle, 'Safety Item Title', {
      run: { ...heading, size: pt(12) },
      paragraph: { keepNext: true, spacing: { before: 60, after: 60 } },
    }),
    base(STYLE.safetyItemText, 'Safety Item Text', { paragraph: { spacing: { after: 80 }, alignment: AlignmentType.LEFT } }),
    base(STYLE.safetyItemMeta, 'Safety Item Detail', { run: { size: pt(10), color: theme.secondary }, paragraph: { spacing: { after: 40 } } }),
    base(STYLE.bibliography, 'Bibliography Entry', {
      run: { size: pt(10) },
      paragraph: { indent: { left: 567, hanging: 567 }, spacing: { after: 80 }, alignment: AlignmentType.LEFT },
    }),
    base(STYLE.header, 'Header', { run: { size: pt(9), color: theme.secondary } }),
    base(STYLE.footer, 'Footer', { run: { size: pt(9), color: theme.secondary } }),
    base(STYLE.rule, 'Rule', {
      paragraph: { border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: theme.primary, space: 1 } }, spacing: { after: 200 } },
    }),
  ];
}

/** The named styles of the document, in the brand's fonts and colours; headings carry outline levels for the TOC. */
export function documentStyles(theme: DocxTheme): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: theme.bodyFont, size: pt(11), color: theme.text, language: { value: 'en-GB' } },
        paragraph: {
          spacing: { after: 160, line: 276, lineRule: LineRuleType.AUTO },
          alignment: theme.justify ? AlignmentType.JUSTIFIED : AlignmentType.LEFT,
        },
      },
      title: { run: { font: theme.headingFont, size: pt(30), bold: true, color: theme.primary } },
      // Chapters start on a new page, as in a printed report.
      heading1: headingStyle(theme, 20, theme.primary, 0, false, true),
      heading2: headingStyle(theme, 15, theme.primary, 280),
      heading3: headingStyle(theme, 13, theme.secondary, 240),
      heading4: headingStyle(theme, 12, theme.text, 200),
      heading5: headingStyle(theme, 11, theme.text, 160),
      heading6: headingStyle(theme, 11, theme.text, 160, true),
      caption: { run: { size: pt(9), italics: true, color: theme.secondary }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 200 } } },
    },
    paragraphStyles: paragraphStyles(theme),
    characterStyles: [
      { id: STYLE.hyperlink, name: 'Hyperlink', run: { color: theme.primary, underline: {} } },
      { id: STYLE.findingRef, name: 'Finding Reference', run: { bold: true, color: theme.primary } },
      { id: STYLE.citation, name: 'Citation Label', run: {} },
      // The style docx gives the contents' linked entries; defined so the reference resolves, plain like Word's own.
      { id: 'IndexLink', name: 'Index Link', run: {} },
    ],
  };
}
