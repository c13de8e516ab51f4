import type { PartEdit } from './packDocx';

const PARAGRAPH_DEFAULTS = '<w:pPrDefault><w:pPr>';

/**
 * Widow and orphan control for every paragraph, as the PDF breaks paragraphs
 * (never after a first line or before a last one). Word leaves it off unless
 * the document defaults switch it on, which docx's style options cannot do.
 */
export const widowControlEdit: PartEdit = {
  path: 'word/styles.xml',
  edit: (xml) => xml.replace(PARAGRAPH_DEFAULTS, `${PARAGRAPH_DEFAULTS}<w:widowControl/>`),
};
