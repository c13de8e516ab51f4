import { Document, LineRuleType, Packer, Paragraph, TextRun, type FileChild } from 'docx';
import { describe, expect, it } from 'vitest';
import type { Finding, SafetyItem } from '../../../../shared/model';
import { box, GAP_ABOVE, spacer } from './boxes';
import type { DocxContext } from './context';
import { safetyItemBlocks } from './safetyItems';
import { STYLE } from './styleIds';
import { docxParts } from './testing/docxParts';

const body = async (children: FileChild[]) => {
  const parts = await docxParts(await Packer.toBuffer(new Document({ sections: [{ children }] })));
  const xml = parts.get('word/document.xml')!.toString('utf8');
  return xml.slice(xml.indexOf('<w:body>'), xml.indexOf('<w:sectPr'));
};

const finding: Finding = { id: crypto.randomUUID(), order: 0, code: 'F3', title: 'Boards rarely ask', statement: '', themes: [], evidenceNotes: '' };
const item: SafetyItem = {
  id: crypto.randomUUID(),
  order: 0,
  kind: 'recommendation',
  code: 'R/2026/004',
  text: 'Trusts should offer a debrief & <support>.\n\nWithin a week.',
  addressee: 'NHS England',
  findingId: finding.id,
  status: 'draft',
};
const look = { fill: 'E8EDEE', edge: '005EB8' };
const ctx = {
  theme: { accent: look.fill, primary: look.edge },
  report: { safetyItems: new Map([[item.id, item]]), findings: new Map([[finding.id, finding]]) },
} as unknown as DocxContext;
const gap = (height: number) => new Paragraph({ spacing: { before: 0, after: 0, line: height, lineRule: LineRuleType.EXACT }, children: [] });

describe('safetyItemBlocks', () => {
  it('box the item’s code and kind, addressee and text as docx would write those paragraphs, as the PDF draws them', async () => {
    const blocks = safetyItemBlocks(ctx, { type: 'safetyItemBlock', attrs: { safetyItemId: item.id } }, { width: 9000, listLevel: 0 });
    const viaDocx = [
      new Paragraph({ style: STYLE.safetyItemTitle, children: [new TextRun('R/2026/004  Safety recommendation')] }),
      new Paragraph({ style: STYLE.safetyItemMeta, children: [new TextRun('Addressed to: NHS England')] }),
      new Paragraph({ style: STYLE.safetyItemText, children: [new TextRun('Trusts should offer a debrief & <support>.')] }),
      new Paragraph({ style: STYLE.safetyItemText, children: [new TextRun('Within a week.')] }),
    ];
    expect(await body(blocks)).toBe(await body([gap(GAP_ABOVE), box(viaDocx, 9000, look), spacer()]));
  });

  it('say in words when the item is missing from the register', async () => {
    const xml = await body(safetyItemBlocks(ctx, { type: 'safetyItemBlock', attrs: { safetyItemId: 'gone' } }, { width: 9000, listLevel: 0 }));
    expect(xml).toContain('<w:t xml:space="preserve">Safety item missing from the register.</w:t>');
  });
});
