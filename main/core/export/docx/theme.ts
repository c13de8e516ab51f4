import type { Brand } from '../../../../shared/model';

/** A brand turned into what Word wants: colours without "#", font names, page geometry in twips. */
export interface DocxTheme {
  primary: string;
  secondary: string;
  text: string;
  accent: string;
  headingFont: string;
  bodyFont: string;
  justify: boolean;
}

const hex = (colour: string) => colour.replace('#', '').toUpperCase();

export function docxTheme(brand: Brand): DocxTheme {
  return {
    primary: hex(brand.colours.primary),
    secondary: hex(brand.colours.secondary),
    text: hex(brand.colours.text),
    accent: hex(brand.colours.accent),
    headingFont: brand.fonts.heading,
    bodyFont: brand.fonts.body,
    justify: brand.justify,
  };
}

/** A4 with 2.2 cm margins: the text column is 9412 twips (about 16.6 cm) wide. */
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: 1247,
  get textWidth() {
    return this.width - 2 * this.margin;
  },
} as const;

/** Twips to pixels at 96 dpi, the unit docx uses for image sizes. */
export const twipsToPx = (twips: number) => Math.round((twips / 1440) * 96);
