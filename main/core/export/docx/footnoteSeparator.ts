import type { PartEdit } from './packDocx';

const SEPARATORS = /<w:footnote w:type="(?:separator|continuationSeparator)"[^>]*>.*?<\/w:footnote>/gs;
const DOCX_SPACING = '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>';

/**
 * The room LibreOffice keeps above its footnotes, in points: it ignores the
 * separator paragraph and draws its own line, with fixed space around it
 * (measured, LibreOffice 7.4). Word's separator is made as tall, and the rest
 * of the PDF's gap is the first note's space above (FOOTNOTE_GAP), which both
 * keep, so both hold the pages the PDF's do.
 */
export const LIBREOFFICE_SEPARATOR = 6.3;
const SEPARATOR_SPACING = `<w:spacing w:before="0" w:after="0" w:line="${Math.round(LIBREOFFICE_SEPARATOR * 20)}" w:lineRule="exact"/>`;

/**
 * The footnote separator's paragraph as tall as LibreOffice's separator. docx
 * writes it single-spaced in Normal, which here has 6 pt above every paragraph:
 * about 20 pt in Word, so pages with footnotes would hold less than the PDF's
 * and break earlier than the contents say.
 */
export const footnoteSeparatorEdit: PartEdit = {
  path: 'word/footnotes.xml',
  edit: (xml) => xml.replace(SEPARATORS, (separator) => separator.replace(DOCX_SPACING, SEPARATOR_SPACING)),
};
