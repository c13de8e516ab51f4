import { BorderStyle, ImageRun, Paragraph, TextRun, type FileChild } from 'docx';
import type { DocNode } from '../../../../shared/model';
import { figureWidthShare, type PrintBox } from '../../images/rasterForExport';
import type { BlockScope, DocxContext } from './context';
import { imageSize, wordImageType } from './imageSize';
import { STYLE } from './styleIds';
import { PAGE } from './theme';

const OWN_NUMBER = /^\s*(figure|fig\.?|chart|image)\s*\d+/i;

/** Pixels at 96 dpi, the unit docx takes image sizes in, unrounded: docx writes them in EMU, so an image is as tall as the PDF draws it. */
const px = (twips: number) => twips / 15;

/** The largest a figure may be drawn, as in the PDF: 60% of the text's height, leaving room for its caption. */
const MAX_HEIGHT_PX = px(PAGE.textHeight * 0.6);

/** The largest a figure is drawn, in points: images are rasterised for print at this size. */
export const FIGURE_BOX: PrintBox = { widthPt: PAGE.textWidth / 20, heightPt: (PAGE.textHeight * 0.6) / 20 };

const NOTICE_EDGE = { style: BorderStyle.SINGLE, size: 4, color: '8C8C8C', space: 4 } as const;

/**
 * A figure: the image at its share of the text width, with alt text (or marked
 * decorative), then a numbered caption. Every accepted type arrives as PNG or
 * JPEG (withPrintableImages); an image that could not be converted, or a
 * missing one, is described in a ruled box where the picture would be.
 */
export function figureBlocks(ctx: DocxContext, node: DocNode, scope: BlockScope): FileChild[] {
  const attrs = node.attrs ?? {};
  const asset = ctx.report.assets.get(String(attrs.assetId ?? ''));
  const decorative = attrs.decorative === true;
  const alt = String(attrs.alt ?? '') || asset?.altText || '';
  const caption = String(attrs.caption ?? '');
  const out: FileChild[] = [];
  const type = asset ? wordImageType(asset.mimeType) : undefined;
  const size = asset && type ? imageSize(asset.bytes) : null;
  if (asset && type && size && size.width > 0 && size.height > 0) {
    // Scaled to its share of the column, as the PDF draws it.
    let width = px(scope.width) * figureWidthShare(node);
    let height = (width * size.height) / size.width;
    if (height > MAX_HEIGHT_PX) {
      width = (width * MAX_HEIGHT_PX) / height;
      height = MAX_HEIGHT_PX;
    }
    const image = new ImageRun({
      type,
      data: asset.bytes,
      transformation: { width, height },
      altText: { name: asset.name, description: decorative ? '' : alt, title: decorative ? '' : caption || alt },
      decorative,
    });
    out.push(new Paragraph({ style: STYLE.figure, children: [image] }));
  } else {
    const why = asset ? `Image “${asset.name}”` : 'Image missing';
    const border = { top: NOTICE_EDGE, bottom: NOTICE_EDGE, left: NOTICE_EDGE, right: NOTICE_EDGE };
    out.push(new Paragraph({ style: STYLE.figure, border, children: [new TextRun({ text: alt ? `[${why}: ${alt}]` : `[${why}]`, italics: true })] }));
  }
  if (caption) {
    ctx.figureCount += 1;
    // Writers often number captions themselves ("Figure 1: …"); then the number is theirs.
    const numbered = OWN_NUMBER.test(caption);
    const label = numbered ? [] : [new TextRun({ text: `Figure ${ctx.figureCount}. `, bold: true })];
    out.push(new Paragraph({ style: STYLE.caption, children: [...label, new TextRun(caption)] }));
  }
  return out;
}
