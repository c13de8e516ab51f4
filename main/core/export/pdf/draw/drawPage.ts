import { PAGE } from '../layout/theme';
import type { BoxDecor, Drawable, PageLayout, Slice } from '../layout/types';
import { FOOTNOTE_SEPARATOR } from '../layout/paginate';
import { FRAME } from '../layout/theme';
import type { DrawEnv } from './drawEnv';
import { beginArtifact, beginTagged, END, fillColour, num, strokeColour } from './ops';
import { drawTextLine } from './text';

const pdfY = (top: number) => PAGE.height - top;

/** Box backgrounds behind the slices they hold, one rectangle per box per page. */
function drawBoxes(out: string[], layout: PageLayout): void {
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
  out.push(beginArtifact());
  for (const [box, { top, bottom }] of ordered) {
    const h = bottom - top;
    if (box.fill) out.push(`${fillColour(box.fill)} ${num(box.x)} ${num(pdfY(bottom))} ${num(box.w)} ${num(h)} re f`);
    if (box.frame) out.push(`${strokeColour(box.frame)} 0.6 w ${num(box.x)} ${num(pdfY(bottom))} ${num(box.w)} ${num(h)} re S`);
    if (box.edge) out.push(`${fillColour(box.edge)} ${num(box.x)} ${num(pdfY(bottom))} 3.5 ${num(h)} re f`);
  }
  out.push(END);
}

function drawItem(out: string[], item: Drawable, top: number, env: DrawEnv, artifact: boolean): void {
  if (item.kind === 'text') return drawTextLine(out, item, top, env, artifact);
  if (item.kind === 'rect') {
    const y = pdfY(top + item.y + item.h);
    out.push(beginArtifact());
    if (item.fill) out.push(`${fillColour(item.fill)} ${num(item.x)} ${num(y)} ${num(item.w)} ${num(item.h)} re f`);
    if (item.stroke) out.push(`${strokeColour(item.stroke)} ${num(item.lineWidth ?? 0.5)} w ${num(item.x)} ${num(y)} ${num(item.w)} ${num(item.h)} re S`);
    out.push(END);
    return;
  }
  const name = env.imageName(item.assetId);
  if (!name) return;
  const y = pdfY(top + item.y + item.h);
  const node = artifact ? null : item.node;
  if (node) node.attrs.bbox = [item.x, y, item.x + item.w, y + item.h];
  out.push(node ? beginTagged(node.type, env.tagger.mark(node)) : beginArtifact());
  out.push(`q ${num(item.w)} 0 0 ${num(item.h)} ${num(item.x)} ${num(y)} cm /${name} Do Q`, END);
}

function drawSlice(out: string[], slice: Slice, top: number, env: DrawEnv, artifact = false): void {
  for (const item of slice.items) drawItem(out, item, top, env, artifact);
}

/** The page's content stream: boxes, then slices in reading order, then footnotes. */
export function drawPageBody(out: string[], layout: PageLayout, env: DrawEnv): void {
  drawBoxes(out, layout);
  for (const { slice, top, artifact } of layout.slices) drawSlice(out, slice, top, env, artifact);
  const first = layout.footnotes[0];
  if (!first) return;
  const ruleY = pdfY(first.top - FOOTNOTE_SEPARATOR / 2);
  out.push(beginArtifact(), `${fillColour(env.theme.muted)} ${num(FRAME.left)} ${num(ruleY)} 72 0.5 re f`, END);
  for (const { block, top } of layout.footnotes) {
    let y = top;
    block.slices.forEach((s, i) => {
      if (i) y += s.spaceBefore;
      drawSlice(out, s, y, env);
      y += s.height;
    });
  }
}
