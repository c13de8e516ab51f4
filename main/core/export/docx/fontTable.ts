import type { FontFamily } from '../../../../shared/model';
import { FALLBACK_FONT } from '../../brand/fontFiles';

/** Word's font family class, so a substitute is of the same kind (sans or serif). */
const FAMILY: Record<FontFamily, 'swiss' | 'roman'> = { 'Source Sans 3': 'swiss', Merriweather: 'roman' };

/**
 * word/fontTable.xml naming each brand font with its fallback (w:altName): Word
 * uses the fallback when the brand font is not installed, and LibreOffice keeps
 * the family class. Used when the fonts are not embedded (the default; see fonts.ts).
 */
export function fontTableXml(families: FontFamily[]): string {
  const fonts = [...new Set(families)]
    .map(
      (family) =>
        `<w:font w:name="${family}"><w:altName w:val="${FALLBACK_FONT[family]}"/><w:charset w:val="00"/>` +
        `<w:family w:val="${FAMILY[family]}"/><w:pitch w:val="variable"/></w:font>`,
    )
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    fonts +
    '</w:fonts>'
  );
}
