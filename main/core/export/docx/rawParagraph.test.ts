import { Document, Packer, Paragraph, TextRun, type FileChild } from 'docx';
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../../../shared/model';
import type { DocxContext } from './context';
import { isSimpleContent, rawParagraph } from './rawParagraph';
import { STYLE } from './styleIds';
import { docxParts } from './testing/docxParts';

const ctx = {
  report: { citations: { label: () => '[7]' }, findings: new Map([['f', { code: 'F2' }]]) },
} as unknown as DocxContext;

const body = async (children: FileChild[]) => {
  const parts = await docxParts(await Packer.toBuffer(new Document({ sections: [{ children }] })));
  const xml = parts.get('word/document.xml')!.toString('utf8');
  return xml.slice(xml.indexOf('<w:body>'), xml.indexOf('<w:sectPr'));
};

const text = (value: string, ...marks: string[]): DocNode => ({ type: 'text', text: value, marks: marks.map((type) => ({ type })) });

describe('rawParagraph', () => {
  it('writes the same XML as docx’s Paragraph for styled text, line breaks, citations and finding codes', async () => {
    const nodes: DocNode[] = [
      text('Plain & <escaped> '),
      text('bold italic', 'bold', 'italic'),
      text(' under struck', 'underline', 'strike'),
      { type: 'hardBreak' },
      { type: 'citation', attrs: { items: [{ referenceId: 'r' }] } },
      { type: 'findingRef', attrs: { findingId: 'f' } },
    ];
    expect(isSimpleContent(nodes)).toBe(true);
    const viaDocx = new Paragraph({
      style: STYLE.tableText,
      children: [
        new TextRun({ text: 'Plain & <escaped> ' }),
        new TextRun({ text: 'bold italic', bold: true, italics: true }),
        new TextRun({ text: ' under struck', underline: {}, strike: true }),
        new TextRun({ break: 1 }),
        new TextRun({ text: '[7]', style: STYLE.citation }),
        new TextRun({ text: 'F2', style: STYLE.findingRef }),
      ],
    });
    expect(await body([rawParagraph(ctx, nodes, STYLE.tableText)])).toBe(await body([viaDocx]));
    expect(await body([rawParagraph(ctx, [], undefined)])).toBe(await body([new Paragraph({})]));
  });

  it('leaves links and footnotes to docx', () => {
    expect(isSimpleContent([text('a', 'link')])).toBe(false);
    expect(isSimpleContent([{ type: 'footnote', content: [text('n')] }])).toBe(false);
  });
});
