import { brandLogo } from '../../../brand/brandLogo';
import type { StructNode } from '../structure/structNode';
import { imageSize } from './imageSize';
import { textBlock } from './blocks';
import type { Frame, LayoutEnv } from './env';
import { FRAME, PAGE, TEXT_WIDTH, tint } from './theme';
import type { PageLayout, PlacedSlice, Rgb, Slice } from './types';

const WHITE: Rgb = [1, 1, 1];
const BAND_HEIGHT = 330;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-01-15" as printed: "15 January 2026". */
export function printedDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : '';
}

/**
 * The cover in the brand's layout: a colour band holding the title (band),
 * the whole page in the brand colour (full-bleed), or white with a rule
 * (plain). Details sit below; the licence line at the foot.
 */
export const LOGO_ID = 'brand-logo';

/** The cover's logo, from the brand, for the image embedder (it is not one of the project's assets). */
export function coverLogo(report: LayoutEnv['report']) {
  const logo = brandLogo(report.brand, report.assets);
  return logo && (logo.mimeType === 'image/png' || logo.mimeType === 'image/jpeg') ? logo : null;
}

export function coverPage(env: LayoutEnv, doc: StructNode): PageLayout {
  const { theme, report } = env;
  const { meta, brand } = report;
  const layoutKind = brand.coverLayout;
  const onColour = layoutKind !== 'plain';
  const placed: PlacedSlice[] = [];
  const frame: Frame = { x: FRAME.left, width: TEXT_WIDTH, boxes: [], level: 1, listDepth: 0 };
  let y = 0;
  const background: Slice = { height: 0, spaceBefore: 0, items: [] };
  if (layoutKind === 'full-bleed') background.items.push({ kind: 'rect', x: 0, y: 0, w: PAGE.width, h: PAGE.height, fill: theme.primary });
  if (layoutKind === 'band') background.items.push({ kind: 'rect', x: 0, y: 0, w: PAGE.width, h: BAND_HEIGHT, fill: theme.primary });
  placed.push({ slice: background, top: 0 });
  const logo = coverLogo(report);
  const logoSize = logo ? imageSize(logo.bytes, logo.mimeType) : null;
  if (logo && logoSize) {
    const h = 30;
    const w = Math.min((h * logoSize.width) / logoSize.height, TEXT_WIDTH / 2);
    const figure = doc.child('Figure', { alt: logo.altText });
    placed.push({ slice: { height: h, spaceBefore: 0, items: [{ kind: 'image', x: FRAME.left, y: 0, w, h: (w * logoSize.height) / logoSize.width, assetId: LOGO_ID, node: figure }] }, top: 40 });
  }

  const put = (text: string, style: ReturnType<typeof theme.body>, gap: number, role: 'body' | 'heading' = 'body', type = 'P') => {
    if (!text) return;
    const slices = textBlock(env, [{ type: 'text', text }], frame, doc, { type, style, spaceBefore: 0, justify: false, role });
    y += gap;
    for (const slice of slices) {
      placed.push({ slice, top: y });
      y += slice.height;
    }
  };
  const light = onColour ? WHITE : theme.secondary;
  y = 96;
  put(brand.coverText, theme.body({ size: 11, colour: onColour ? tint(theme.primary, 0.75) : theme.muted, face: theme.face('heading', true) }), 0, 'heading');
  put(meta.title || 'Untitled report', { ...theme.heading(1), size: 30, colour: onColour ? WHITE : theme.primary }, 18, 'heading');
  put(meta.subtitle, theme.body({ size: 14, colour: light, face: theme.face('heading') }), 12, 'heading');
  if (layoutKind === 'band') y = Math.max(y, BAND_HEIGHT);
  if (layoutKind === 'plain') {
    placed.push({ slice: { height: 0, spaceBefore: 0, items: [{ kind: 'rect', x: FRAME.left, y: 16, w: 80, h: 3, fill: theme.primary }] }, top: y });
  }
  const detail = theme.body({ size: 11, colour: layoutKind === 'full-bleed' ? WHITE : theme.text });
  y += 40;
  put(meta.reportType, { ...detail, face: theme.face('heading', true) }, 0, 'heading');
  put(meta.authors.join(', '), detail, 8);
  put(printedDate(meta.publicationDate), detail, 8);
  put(meta.referenceNumber ? `Reference: ${meta.referenceNumber}` : '', detail, 8);
  y = FRAME.bottom - 30;
  put(brand.licenceLine, theme.body({ size: 8, colour: layoutKind === 'full-bleed' ? WHITE : theme.muted }), 0);
  return { slices: placed, footnotes: [], chapter: '', bare: true };
}
