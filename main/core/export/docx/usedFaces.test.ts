import { describe, expect, it } from 'vitest';
import { usedFaces } from './usedFaces';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const styles =
  `<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Body"/></w:rPr></w:rPrDefault></w:docDefaults>` +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Heading1"><w:basedOn w:val="Normal"/><w:rPr><w:rFonts w:ascii="Head"/><w:b/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Heading6"><w:basedOn w:val="Heading1"/><w:rPr><w:i/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Quote"><w:basedOn w:val="Normal"/><w:rPr><w:i/></w:rPr></w:style>' +
  '<w:style w:type="character" w:styleId="Strong"><w:rPr><w:b/></w:rPr></w:style></w:styles>';
const faces = (document: string, parts: Record<string, string> = {}) =>
  Object.fromEntries([...usedFaces(new Map(Object.entries({ 'word/styles.xml': styles, 'word/document.xml': `<w:document ${W}><w:body>${document}</w:body></w:document>`, ...parts })))].map(([font, set]) => [font, [...set].sort()]));

describe('the faces a document’s text is set in', () => {
  it('follows paragraph styles and the styles they are based on', () => {
    expect(faces('<w:p><w:r><w:t>a</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val="Heading6"/></w:pPr><w:r><w:t>b</w:t></w:r></w:p>')).toEqual({ Body: ['regular'], Head: ['boldItalic'] });
  });

  it('lets character styles and a run’s own properties add to or override them', () => {
    const quote = '<w:p><w:pPr><w:pStyle w:val="Quote"/></w:pPr><w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>a</w:t></w:r><w:r><w:rPr><w:i w:val="false"/></w:rPr><w:t>b</w:t></w:r></w:p>';
    expect(faces(quote)).toEqual({ Body: ['boldItalic', 'regular'] });
    expect(faces('<w:p><w:r><w:rPr><w:rFonts w:ascii="Other" w:hAnsi="Other"/><w:b/></w:rPr><w:t>a</w:t></w:r></w:p>')).toEqual({ Other: ['bold'] });
  });

  it('counts only runs that show something, in every part with text', () => {
    const field = '<w:p><w:r><w:rPr><w:b/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:rPr><w:i/></w:rPr><w:instrText>PAGE</w:instrText></w:r><w:r><w:tab/></w:r></w:p>';
    expect(faces(field)).toEqual({});
    const footer = '<w:ftr><w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>1</w:t></w:r></w:p></w:ftr>';
    const note = '<w:footnotes><w:footnote><w:p><w:r><w:rPr><w:i/></w:rPr><w:footnoteRef/></w:r></w:p></w:footnote></w:footnotes>';
    expect(faces(field, { 'word/footer2.xml': footer, 'word/footnotes.xml': note, 'word/settings.xml': '<w:p><w:r><w:t>x</w:t></w:r></w:p>' })).toEqual({ Head: ['bold'], Body: ['italic'] });
  });
});
