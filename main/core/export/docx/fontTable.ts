import type { FontFamily } from '../../../../shared/model';
import { FALLBACK_FONT, type FontVariant } from '../../brand/fontFiles';

/** Word's font family class, so a substitute is of the same kind (sans or serif). */
const FAMILY: Record<FontFamily, 'swiss' | 'roman'> = { 'Source Sans 3': 'swiss', Merriweather: 'roman' };

/** One embedded face: the relationship (from fontTable.xml) of its part and the key it is obfuscated with. */
export interface EmbeddedFace {
  face: FontVariant;
  relationshipId: string;
  fontKey: string;
}

/** The schema's order of a font's embedded faces. */
const EMBED_ELEMENT: [FontVariant, string][] = [
  ['regular', 'w:embedRegular'],
  ['bold', 'w:embedBold'],
  ['italic', 'w:embedItalic'],
  ['boldItalic', 'w:embedBoldItalic'],
];

function embedElements(faces: EmbeddedFace[]): string {
  return EMBED_ELEMENT.map(([variant, element]) => {
    const face = faces.find((f) => f.face === variant);
    return face ? `<${element} r:id="${face.relationshipId}" w:fontKey="${face.fontKey}"/>` : '';
  }).join('');
}

/**
 * word/fontTable.xml naming each brand font with its fallback (w:altName) and
 * family class, which Word and LibreOffice use for a face that is not embedded
 * and not installed, and the faces embedded in the file (see embedFonts.ts).
 */
export function fontTableXml(families: FontFamily[], embedded: ReadonlyMap<string, EmbeddedFace[]> = new Map()): string {
  const fonts = [...new Set(families)]
    .map(
      (family) =>
        `<w:font w:name="${family}"><w:altName w:val="${FALLBACK_FONT[family]}"/><w:charset w:val="00"/>` +
        `<w:family w:val="${FAMILY[family]}"/><w:pitch w:val="variable"/>${embedElements(embedded.get(family) ?? [])}</w:font>`,
    )
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    fonts +
    '</w:fonts>'
  );
}
