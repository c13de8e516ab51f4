import type { PartEdit } from './packDocx';

const SEPARATORS = /<w:footnote w:type="(?:separator|continuationSeparator)"[^>]*>.*?<\/w:footnote>/gs;
const DOCX_SPACING = '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>';
/** The PDF's 14 pt between the text and the footnotes (pdf/layout/paginate.ts), none of it above. */
const PDF_SPACING = '<w:spacing w:before="0" w:after="0" w:line="280" w:lineRule="exact"/>';

/**
 * The footnote separator's paragraph as tall as the PDF's gap above the
 * footnotes. docx writes it single-spaced in Normal, which here has 6 pt above
 * every paragraph: about 20 pt in Word, so pages with footnotes would hold less
 * than the PDF's and break earlier than the contents say. (LibreOffice draws
 * its own separator and ignores the paragraph.)
 */
export const footnoteSeparatorEdit: PartEdit = {
  path: 'word/footnotes.xml',
  edit: (xml) => xml.replace(SEPARATORS, (separator) => separator.replace(DOCX_SPACING, PDF_SPACING)),
};
