import type { DocNode } from '../../../../../shared/model';
import type { StructNode } from '../structure/structNode';
import { textBlock } from './blocks';
import type { Frame, LayoutEnv } from './env';
import { imageSize } from './imageSize';
import { FRAME } from './theme';
import type { Slice } from './types';

/** No figure may take more than this share of the page's text height, leaving room for its caption. */
const MAX_HEIGHT = (FRAME.bottom - FRAME.top) * 0.6;

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
    const share = Math.min(100, Math.max(10, Number(attrs.width ?? 100) || 100)) / 100;
    let w = frame.width * share;
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
    // PNG and JPEG embed directly; other formats print their description instead of failing the export.
    out.push(...textBlock(env, [{ type: 'text', text: `[Image: ${alt}]`, marks: [{ type: 'italic' }] }], frame, parent, { spaceBefore: 10 }));
  }
  if (caption) {
    const style = env.theme.body({ size: 8.5, colour: env.theme.muted, face: env.theme.face('body', false, true) });
    out.push(...textBlock(env, [{ type: 'text', text: caption }], frame, parent, { style, spaceBefore: 3, align: 'center', justify: false }));
  }
  const last = out[out.length - 1];
  if (last) last.height += 6;
  return out;
}
