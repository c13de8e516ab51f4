import { readFileSync } from 'node:fs';
import type { FontFamily } from '../../../../shared/model';
import { fontFile } from '../../brand/fontFiles';

/** The docx option for one embedded font family: its four faces. */
export interface EmbeddedFont {
  name: string;
  data: Buffer;
  bold: Buffer;
  italic: Buffer;
  boldItalic: Buffer;
}

const cache = new Map<FontFamily, EmbeddedFont>();

/**
 * The brand's fonts, for exports that embed them (an option), so Word and LibreOffice
 * show the report in them on machines that lack them. Word stores embedded fonts
 * obfuscated (docx does that). The TTFs come from npm font packages, read once per
 * process. Without embedding, fontTable.ts names a fallback for each.
 */
export function embeddedFonts(families: FontFamily[]): EmbeddedFont[] {
  return [...new Set(families)].map((family) => {
    let font = cache.get(family);
    if (!font) {
      font = {
        name: family,
        data: readFileSync(fontFile(family, 'regular')),
        bold: readFileSync(fontFile(family, 'bold')),
        italic: readFileSync(fontFile(family, 'italic')),
        boldItalic: readFileSync(fontFile(family, 'boldItalic')),
      };
      cache.set(family, font);
    }
    return font;
  });
}
