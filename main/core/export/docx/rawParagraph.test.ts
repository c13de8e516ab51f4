import { Document, LevelFormat, Packer, Paragraph, TextRun, type FileChild } from 'docx';
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../../../shared/model';
import type { DocxContext } from './context';
import { isSimpleContent, rawParagraph } from './rawParagraph';
import { STYLE } from './styleIds';
import { docxParts } from './testing/docxParts';

const ctx = {
  report: { citations: { label: () => '[7]' }, findings: new Map([['f', { code: 'F2' }]]) },
} as unknown as DocxContext;

const levels = [0, 1].map((level) => ({ level, format: LevelFormat.DECIMAL, text: `%${level + 1}.` }));
const numbering = { config: [{ reference: 'ordered-1', levels }] };

const body = async (children: FileChild[]) => {
  const parts = await docxParts(await Packer.toBuffer(new Document({ numbering, sections: [{ children }] })));
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
    expect(await body([rawParagraph(ctx, nodes, { style: STYLE.tableText })])).toBe(await body([viaDocx]));
    expect(await body([rawParagraph(ctx, [], {})])).toBe(await body([new Paragraph({})]));
  });

  it('sets a colour and size over the style’s on all its text as docx does (headings the PDF sets larger)', async () => {
    const nodes: DocNode[] = [text('Heading '), text('struck', 'bold', 'strike'), { type: 'citation', attrs: { items: [{ referenceId: 'r' }] } }];
    const run = { color: '005EB8', size: 30 };
    const viaDocx = new Paragraph({
      style: STYLE.heading(4),
      children: [
        new TextRun({ text: 'Heading ', ...run }),
        new TextRun({ text: 'struck', bold: true, strike: true, ...run }),
        new TextRun({ text: '[7]', style: STYLE.citation, ...run }),
      ],
    });
    expect(await body([rawParagraph(ctx, nodes, { style: STYLE.heading(4), run })])).toBe(await body([viaDocx]));
  });

  it('numbers list items and indents their later paragraphs as docx does, each list its own instance', async () => {
    const item = (n: number) => [text(`item ${n}`)];
    const raw = [
      rawParagraph(ctx, item(1), { numbering: { reference: 'ordered-1', level: 0, instance: 1, spaceBefore: 120 } }),
      rawParagraph(ctx, item(2), { style: STYLE.quote, indent: 360 }),
      rawParagraph(ctx, item(3), { style: STYLE.quote, numbering: { reference: 'ordered-1', level: 1, instance: 2, spaceBefore: 40 } }),
      rawParagraph(ctx, item(4), { numbering: { reference: 'ordered-1', level: 0, instance: 1, spaceBefore: 60 } }),
    ];
    const viaDocx = [
      new Paragraph({ numbering: { reference: 'ordered-1', level: 0, instance: 1 }, spacing: { before: 120 }, children: [new TextRun('item 1')] }),
      new Paragraph({ style: STYLE.quote, indent: { left: 360 }, children: [new TextRun('item 2')] }),
      new Paragraph({ style: STYLE.quote, numbering: { reference: 'ordered-1', level: 1, instance: 2 }, spacing: { before: 40 }, children: [new TextRun('item 3')] }),
      new Paragraph({ numbering: { reference: 'ordered-1', level: 0, instance: 1 }, spacing: { before: 60 }, children: [new TextRun('item 4')] }),
    ];
    const xml = await body(raw);
    expect(xml).toBe(await body(viaDocx));
    expect([...xml.matchAll(/<w:numId w:val="(\d+)"/g)].map((m) => m[1])).toEqual(['2', '3', '2']);
  });

  it('leaves links and footnotes to docx', () => {
    expect(isSimpleContent([text('a', 'link')])).toBe(false);
    expect(isSimpleContent([{ type: 'footnote', content: [text('n')] }])).toBe(false);
  });
});
