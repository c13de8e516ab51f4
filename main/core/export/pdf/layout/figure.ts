import type { DocNode } from '../../../../../shared/model';
import { figureWidthShare, type PrintBox } from '../../../images/rasterForExport';
import type { StructNode } from '../structure/structNode';
import { textBlock } from './blocks';
import type { Frame, LayoutEnv } from './env';
import { imageSize } from './imageSize';
import { FRAME, TEXT_WIDTH, tint } from './theme';
import type { BoxDecor, Slice } from './types';

/** No figure may take more than this share of the page's text height, leaving room for its caption. */
const MAX_HEIGHT = (FRAME.bottom - FRAME.top) * 0.6;

/** The largest a figure is drawn: images are rasterised for print at this size. */
export const FIGURE_BOX: PrintBox = { widthPt: TEXT_WIDTH, heightPt: MAX_HEIGHT };

const NOTICE_PAD = 6;

/** An image that cannot be drawn: its description, in a ruled box where the picture would be. */
function imageNotice(env: LayoutEnv, alt: string, frame: Frame, parent: StructNode): Slice[] {
  const box: BoxDecor = { x: frame.x, w: frame.width, frame: tint(env.theme.muted, 0.5) };
  const boxes = [...frame.boxes, box];
  const inner: Frame = { ...frame, x: frame.x + NOTICE_PAD, width: frame.width - 2 * NOTICE_PAD, boxes };
  const text = textBlock(env, [{ type: 'text', text: `[Image: ${alt}]`, marks: [{ type: 'italic' }] }], inner, parent, { spaceBefore: 0, align: 'center', justify: false });
  return [{ height: NOTICE_PAD, spaceBefore: 10, items: [], boxes, keepWithNext: true }, ...text, { height: NOTICE_PAD, spaceBefore: 0, items: [], boxes }];
}

/**
 * A figure scaled to its width share of the column (and down to fit the page),
 * centred, its caption kept with it. A described image is a Figure with /Alt;
 * a decorative one is an artifact.
 */
export function figureSlices(env: LayoutEnv, node: DocNode, frame: Frame, parent: StructNode): Slice[] {
  const attrs = node.attrs ?? {};
  const asset = env.report.assets.get(String(attrs.assetId ?? ''));
  const caption = String(attrs.caption ?? '');
  const decorative = attrs.decorative === true;
  const alt = String(attrs.alt ?? '') || asset?.altText || caption || 'Image';
  const size = asset ? imageSize(asset.bytes, asset.mimeType) : null;
  const out: Slice[] = [];
  if (asset && size && size.width > 0 && size.height > 0) {
    let w = frame.width * figureWidthShare(node);
    let h = (w * size.height) / size.width;
    if (h > MAX_HEIGHT) {
      w *= MAX_HEIGHT / h;
      h = MAX_HEIGHT;
    }
    const figure = decorative ? null : parent.child('Figure', { alt });
    out.push({
      height: h + 4,
      spaceBefore: 10,
      items: [{ kind: 'image', x: frame.x + (frame.width - w) / 2, y: 2, w, h, assetId: asset.id, node: figure }],
      keepWithNext: !!caption,
      boxes: frame.boxes,
    });
  } else {
    // Every accepted type arrives as PNG or JPEG (withPrintableImages); one that could not be converted, or a missing asset, is described instead.
    out.push(...imageNotice(env, alt, frame, parent));
  }
  if (caption) {
    const style = env.theme.body({ size: 8.5, colour: env.theme.muted, face: env.theme.face('body', false, true) });
    out.push(...textBlock(env, [{ type: 'text', text: caption }], frame, parent, { style, spaceBefore: 3, align: 'center', justify: false }));
  }
  const last = out[out.length - 1];
  if (last) last.height += 6;
  return out;
}
