import type { PartEdit } from './packDocx';

const REFERENCE_STYLE = /(<w:style w:type="character" w:styleId="FootnoteReference">.*?<w:rPr>)/s;
const NOTE_NUMBER = '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>';

/**
 * Footnote marks as the PDF sets them, in the brand's primary colour: raised
 * in the text, and at each note's head on the line, in the margin its text
 * hangs from. docx writes its own footnote reference style and note numbers,
 * with no options for them.
 */
export function footnoteMarkEdits(colour: string): PartEdit[] {
  const number = `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:color w:val="${colour}"/><w:vertAlign w:val="baseline"/></w:rPr><w:footnoteRef/></w:r>`;
  return [
    { path: 'word/styles.xml', edit: (xml) => xml.replace(REFERENCE_STYLE, `$1<w:color w:val="${colour}"/>`) },
    { path: 'word/footnotes.xml', edit: (xml) => xml.replaceAll(NOTE_NUMBER, number) },
  ];
}
