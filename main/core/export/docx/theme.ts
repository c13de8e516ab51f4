import type { Brand } from '../../../../shared/model';
import type { LineMetrics } from '../pdf/layout/paragraph';
import { hexToRgb, FRAME as PDF_FRAME, PAGE as PDF_PAGE, tint } from '../pdf/layout/theme';
import { pdfThemeOf } from './brandMeasures';

/** A brand turned into what Word wants: colours without "#", font names, page geometry in twips. */
export interface DocxTheme {
  primary: string;
  secondary: string;
  text: string;
  accent: string;
  /** The PDF's muted colour (rules, quotation edges): the text colour tinted. */
  muted: string;
  headingFont: string;
  bodyFont: string;
  justify: boolean;
  /** Ascent and descent of the bold heading face and the body face, for line heights as the PDF sets them. */
  headingMetrics: LineMetrics;
  bodyMetrics: LineMetrics;
}

const hex = (colour: string) => colour.replace('#', '').toUpperCase();

/** A colour (Word's hex, no "#") mixed toward white as the PDF's tint does. */
export const tinted = (colour: string, amount: number) =>
  tint(hexToRgb(`#${colour}`), amount)
    .map((v) => Math.round(v * 255).toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();

const metrics = ({ ascent, descent }: LineMetrics): LineMetrics => ({ ascent, descent });

export function docxTheme(brand: Brand): DocxTheme {
  const pdf = pdfThemeOf(brand);
  return {
    primary: hex(brand.colours.primary),
    secondary: hex(brand.colours.secondary),
    text: hex(brand.colours.text),
    accent: hex(brand.colours.accent),
    muted: tinted(hex(brand.colours.text), 0.35),
    headingFont: brand.fonts.heading,
    bodyFont: brand.fonts.body,
    justify: brand.justify,
    headingMetrics: metrics(pdf.face('heading', true)),
    bodyMetrics: metrics(pdf.face('body')),
  };
}

const twips = (points: number) => Math.round(points * 20);

/**
 * A4 with the PDF's margins, header and footer (pdf/layout/theme.ts), in twips,
 * so Word breaks pages where the PDF does and the contents' page numbers, taken
 * from the PDF's layout, hold. The text column is 9106 twips (about 16.1 cm) wide.
 */
export const PAGE = {
  width: 11906,
  height: 16838,
  left: twips(PDF_FRAME.left),
  right: twips(PDF_PAGE.width - PDF_FRAME.right),
  top: twips(PDF_FRAME.top),
  bottom: twips(PDF_PAGE.height - PDF_FRAME.bottom),
  // Header and footer lines sit on the PDF's baselines: 9 pt text, its top a size above the baseline.
  header: twips(PDF_FRAME.headerBaseline - 9),
  footer: twips(PDF_PAGE.height - PDF_FRAME.footerBaseline - 4),
  get textWidth() {
    return this.width - this.left - this.right;
  },
  get textHeight() {
    return this.height - this.top - this.bottom;
  },
} as const;

/** Page size and margins as docx's section properties take them. */
export const PAGE_PROPERTIES = {
  size: { width: PAGE.width, height: PAGE.height },
  margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: PAGE.header, footer: PAGE.footer },
};
