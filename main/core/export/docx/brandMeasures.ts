import type { Brand } from '../../../../shared/model';
import { FontCache } from '../pdf/fonts/fontCache';
import { Theme } from '../pdf/layout/theme';

const themes = new WeakMap<Brand, Theme>();

/**
 * The PDF engine's theme for a brand, with its fonts loaded: the DOCX measures
 * with it (column widths, line heights) so Word lays text out as the PDF does.
 * One per brand object, as the fonts never change.
 */
export function pdfThemeOf(brand: Brand): Theme {
  let theme = themes.get(brand);
  if (!theme) themes.set(brand, (theme = new Theme(brand, new FontCache())));
  return theme;
}
