import { Document, LineRuleType, Packer, Paragraph, type FileChild } from 'docx';
import { describe, expect, it } from 'vitest';
import { box, spacer } from './boxes';
import { docxParts } from './testing/docxParts';

const body = async (children: FileChild[]) => {
  const parts = await docxParts(await Packer.toBuffer(new Document({ sections: [{ children }] })));
  const xml = parts.get('word/document.xml')!.toString('utf8');
  return xml.slice(xml.indexOf('<w:body>'), xml.indexOf('<w:sectPr'));
};

describe('boxes', () => {
  it('write the spacer after a box as docx writes a paragraph of that exact height', async () => {
    expect(await body([spacer(320)])).toBe(await body([new Paragraph({ spacing: { before: 0, after: 0, line: 320, lineRule: LineRuleType.EXACT }, children: [] })]));
  });

  it('draw a box as one shaded cell with a thick left edge, holding its blocks', async () => {
    const xml = await body([box([new Paragraph('Inside')], 9000, { fill: 'E8EDEE', edge: '005EB8' })]);
    expect(xml).toMatch(/^<w:body><w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="9000"\/>/);
    expect(xml).toContain('<w:left w:val="single" w:color="005EB8" w:sz="24"/>');
    expect(xml).toContain('<w:insideH w:val="none" w:color="FFFFFF" w:sz="0"/>');
    expect(xml).toContain('<w:shd w:fill="E8EDEE" w:color="auto" w:val="clear"/>');
    expect(xml.match(/<w:tc>/g)).toHaveLength(1);
    expect(xml).toContain('<w:t xml:space="preserve">Inside</w:t>');
  });
});
