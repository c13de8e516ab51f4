import { Document, Packer, Paragraph, TextRun, type FileChild } from 'docx';
import { describe, expect, it } from 'vitest';
import type { BibliographyEntry } from '../../citations/citationIndex';
import { bibliographyBlocks } from './bibliography';
import type { DocxContext } from './context';
import { STYLE } from './styleIds';
import { docxParts } from './testing/docxParts';

const body = async (children: FileChild[]) => {
  const parts = await docxParts(await Packer.toBuffer(new Document({ sections: [{ children }] })));
  const xml = parts.get('word/document.xml')!.toString('utf8');
  return xml.slice(xml.indexOf('<w:body>'), xml.indexOf('<w:sectPr'));
};

const entry = (number: number | undefined, ...segments: BibliographyEntry['segments']): BibliographyEntry => ({
  referenceId: crypto.randomUUID(),
  number,
  text: segments.map((s) => s.text).join(''),
  html: '',
  segments,
});

const blocks = (style: 'vancouver' | 'harvard', bibliography: BibliographyEntry[]) =>
  bibliographyBlocks({ report: { citations: { style, bibliography }, sections: [] } } as unknown as DocxContext, false);

describe('bibliographyBlocks', () => {
  it('writes numbered entries as docx writes hanging-indented paragraphs, the number before a tab', async () => {
    const entries = [
      entry(1, { text: '1. Wu AW. Medical error & the <second> victim. ' }, { text: 'BMJ', italic: true }, { text: '. 2000;320:726–7.' }),
      entry(undefined, { text: 'Unnumbered by the engine, ' }, { text: 'small caps', smallCaps: true }, { text: 'x', superscript: true }, { text: '2', subscript: true, bold: true }),
    ];
    const viaDocx = [
      new Paragraph({ style: STYLE.bibliography, indent: { left: 480, hanging: 480 }, children: [new TextRun('1.\tWu AW. Medical error & the <second> victim. '), new TextRun({ text: 'BMJ', italics: true }), new TextRun('. 2000;320:726–7.')] }),
      new Paragraph({
        style: STYLE.bibliography,
        indent: { left: 480, hanging: 480 },
        children: [new TextRun('2.\t'), new TextRun('Unnumbered by the engine, '), new TextRun({ text: 'small caps', smallCaps: true }), new TextRun({ text: 'x', superScript: true }), new TextRun({ text: '2', subScript: true, bold: true })],
      }),
    ];
    expect(await body(blocks('vancouver', entries))).toBe(await body(viaDocx));
  });

  it('hangs author–date entries by less and does not number them', async () => {
    const xml = await body(blocks('harvard', [entry(undefined, { text: 'Reason, J. (1990) ' }, { text: 'Human error', italic: true })]));
    expect(xml).toBe(await body([new Paragraph({ style: STYLE.bibliography, indent: { left: 280, hanging: 280 }, children: [new TextRun('Reason, J. (1990) '), new TextRun({ text: 'Human error', italics: true })] })]));
  });
});
