import { AlignmentType, HeightRule, ImageRun, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType, BorderStyle, type FileChild } from 'docx';
import type { BrandLogo } from '../../brand/brandLogo';
import { printedDate } from '../pdf/layout/cover';
import type { DocxContext } from './context';
import { imageSize, wordImageType } from './imageSize';
import { STYLE } from './styleIds';
import { COVER_LINES } from './styles';
import { PAGE } from './theme';

const WHITE = 'FFFFFF';
const none = { style: BorderStyle.NONE, size: 0, color: WHITE };

/** "2026-11-25" as the PDF prints it, "25 November 2026" (from a month table: a first toLocaleDateString loads ICU's locale data, 30 ms). */
const longDate = (iso: string) => printedDate(iso) || iso;

function logoParagraph(logo: BrandLogo | null, alignment: (typeof AlignmentType)[keyof typeof AlignmentType]): Paragraph[] {
  const type = logo ? wordImageType(logo.mimeType) : undefined;
  const size = logo && type ? imageSize(logo.bytes) : null;
  if (!logo || !type || !size) return [];
  const height = 64;
  const width = Math.round((size.width * height) / size.height);
  return [
    new Paragraph({
      alignment,
      spacing: { ...COVER_LINES, after: 480 },
      children: [new ImageRun({ type, data: logo.bytes, transformation: { width, height }, altText: { name: 'Logo', description: logo.altText, title: logo.altText } })],
    }),
  ];
}

/** Title, subtitle and details; `colour` overrides the styles' colours on a coloured band. */
function titleBlock(ctx: DocxContext, colour?: string): Paragraph[] {
  const { meta } = ctx.report;
  const c = colour ? { color: colour } : {};
  const out = [];
  if (meta.reportType) out.push(new Paragraph({ style: STYLE.coverDetail, children: [new TextRun({ text: meta.reportType.toUpperCase(), bold: true, ...c })] }));
  out.push(new Paragraph({ style: STYLE.coverTitle, children: [new TextRun({ text: meta.title || 'Untitled report', ...c })] }));
  if (meta.subtitle) out.push(new Paragraph({ style: STYLE.coverSubtitle, children: [new TextRun({ text: meta.subtitle, ...c })] }));
  return out;
}

function details(ctx: DocxContext, colour?: string): Paragraph[] {
  const { meta, brand } = ctx.report;
  const c = colour ? { color: colour } : {};
  const line = (label: string, value: string) =>
    new Paragraph({ style: STYLE.coverDetail, children: [new TextRun({ text: `${label}: `, bold: true, ...c }), new TextRun({ text: value, ...c })] });
  const out: Paragraph[] = [];
  if (meta.referenceNumber) out.push(line('Reference', meta.referenceNumber));
  if (meta.publicationDate) out.push(line('Published', longDate(meta.publicationDate)));
  if (meta.authors.length) out.push(line(meta.authors.length > 1 ? 'Authors' : 'Author', meta.authors.join(', ')));
  if (brand.coverText) out.push(new Paragraph({ style: STYLE.coverDetail, spacing: { before: 360 }, children: [new TextRun({ text: brand.coverText, italics: true, ...c })] }));
  return out;
}

/** A full-width coloured table cell: the cover's band, or its whole page for full-bleed. */
function band(children: Paragraph[], fill: string, height?: number): Table {
  return new Table({
    width: { size: PAGE.textWidth, type: WidthType.DXA },
    columnWidths: [PAGE.textWidth],
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    rows: [
      new TableRow({
        ...(height ? { height: { value: height, rule: HeightRule.ATLEAST } } : {}),
        children: [
          new TableCell({
            shading: { fill, color: 'auto', type: 'clear' as const },
            margins: { top: 480, bottom: 480, left: 400, right: 400 },
            verticalAlign: height ? VerticalAlign.BOTTOM : VerticalAlign.TOP,
            children,
          }),
        ],
      }),
    ],
  });
}

/** The cover page in the brand's layout: band, full-bleed or plain. */
export function coverBlocks(ctx: DocxContext, logo: BrandLogo | null): FileChild[] {
  const { brand } = ctx.report;
  const licence = brand.licenceLine
    ? [new Paragraph({ style: STYLE.coverDetail, spacing: { before: 1200 }, children: [new TextRun({ text: brand.licenceLine, size: 18 })] })]
    : [];
  switch (brand.coverLayout) {
    case 'full-bleed':
      return [band([...logoParagraph(logo, AlignmentType.LEFT), ...titleBlock(ctx, WHITE), ...details(ctx, WHITE), ...licence], ctx.theme.primary, PAGE.textHeight - 600)];
    case 'plain':
      return [...logoParagraph(logo, AlignmentType.LEFT), new Paragraph({ spacing: { before: 2400 } }), ...titleBlock(ctx), new Paragraph({ style: STYLE.rule }), ...details(ctx), ...licence];
    default:
      return [
        ...logoParagraph(logo, AlignmentType.RIGHT),
        new Paragraph({ spacing: { before: 1600 } }),
        band(titleBlock(ctx, WHITE), ctx.theme.primary),
        new Paragraph({ spacing: { after: 240 } }),
        ...details(ctx),
        ...licence,
      ];
  }
}
