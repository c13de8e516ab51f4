import { PAGE } from '../layout/theme';
import type { BoxDecor, Drawable, PageLayout, Slice } from '../layout/types';
import { FOOTNOTE_SEPARATOR } from '../layout/paginate';
import { FRAME } from '../layout/theme';
import type { ContentStream } from './contentStream';
import type { DrawEnv } from './drawEnv';
import { drawTextLine } from './text';

const pdfY = (top: number) => PAGE.height - top;

/** Box backgrounds behind the slices they hold, one rectangle per box per page. */
function drawBoxes(out: ContentStream, layout: PageLayout): void {
  const extents = new Map<BoxDecor, { top: number; bottom: number; depth: number }>();
  for (const { slice, top } of layout.slices) {
    (slice.boxes ?? []).forEach((box, depth) => {
      const e = extents.get(box);
      if (e) e.bottom = Math.max(e.bottom, top + slice.height);
      else extents.set(box, { top, bottom: top + slice.height, depth });
    });
  }
  const ordered = [...extents].sort((a, b) => a[1].depth - b[1].depth);
  if (!ordered.length) return;
  out.beginArtifact();
  for (const [box, { top, bottom }] of ordered) {
    const h = bottom - top;
    if (box.fill) {
      out.fillColour(box.fill);
      out.rect(box.x, pdfY(bottom), box.w, h, 'f');
    }
    if (box.frame) {
      out.strokeColour(box.frame);
      out.lineWidth(0.6);
      out.rect(box.x, pdfY(bottom), box.w, h, 'S');
    }
    if (box.edge) {
      out.fillColour(box.edge);
      out.rect(box.x, pdfY(bottom), 3.5, h, 'f');
    }
  }
  out.end();
}

function drawItem(out: ContentStream, item: Drawable, top: number, env: DrawEnv, artifact: boolean): void {
  if (item.kind === 'text') return drawTextLine(out, item, top, env, artifact);
  if (item.kind === 'rect') {
    const y = pdfY(top + item.y + item.h);
    out.beginArtifact();
    if (item.fill) {
      out.fillColour(item.fill);
      out.rect(item.x, y, item.w, item.h, 'f');
    }
    if (item.stroke) {
      out.strokeColour(item.stroke);
      out.lineWidth(item.lineWidth ?? 0.5);
      out.rect(item.x, y, item.w, item.h, 'S');
    }
    out.end();
    return;
  }
  const name = env.imageName(item.assetId);
  if (!name) return;
  const y = pdfY(top + item.y + item.h);
  const node = artifact ? null : item.node;
  if (node) node.attrs.bbox = [item.x, y, item.x + item.w, y + item.h];
  if (node) out.beginTagged(node.type, env.tagger.mark(node));
  else out.beginArtifact();
  out.image(name, item.x, y, item.w, item.h);
  out.end();
}

function drawSlice(out: ContentStream, slice: Slice, top: number, env: DrawEnv, artifact = false): void {
  for (const item of slice.items) drawItem(out, item, top, env, artifact);
}

/** The page's content stream: boxes, then slices in reading order, then footnotes. */
export function drawPageBody(out: ContentStream, layout: PageLayout, env: DrawEnv): void {
  drawBoxes(out, layout);
  for (const { slice, top, artifact } of layout.slices) drawSlice(out, slice, top, env, artifact);
  const first = layout.footnotes[0];
  if (!first) return;
  const ruleY = pdfY(first.top - FOOTNOTE_SEPARATOR / 2);
  out.beginArtifact();
  out.fillColour(env.theme.muted);
  out.rect(FRAME.left, ruleY, 72, 0.5, 'f');
  out.end();
  for (const { block, top } of layout.footnotes) {
    let y = top;
    block.slices.forEach((s, i) => {
      if (i) y += s.spaceBefore;
      drawSlice(out, s, y, env);
      y += s.height;
    });
  }
}
