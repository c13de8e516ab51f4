import { readFileSync } from 'node:fs';
import { FontFamily } from '../../../../shared/model';
import { FALLBACK_FONT, fontFile, type FontVariant } from '../../brand/fontFiles';
import { fontTableXml, type EmbeddedFace } from './fontTable';
import { embeddingRefusal } from './fontPermissions';
import { newFontKey, obfuscateFont } from './obfuscateFont';
import type { PackageEdit } from './packDocx';
import { usedFaces } from './usedFaces';

const FACES: FontVariant[] = ['regular', 'bold', 'italic', 'boldItalic'];
const FACE_NAME: Record<FontVariant, string> = { regular: 'regular', bold: 'bold', italic: 'italic', boldItalic: 'bold italic' };
const FONT_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/font';
const OBFUSCATED_FONT = '<Default Extension="odttf" ContentType="application/vnd.openxmlformats-officedocument.obfuscatedFont"/>';

interface FaceFile {
  bytes: Uint8Array;
  refusal: string | null;
}

/** Each face's TTF (from its npm package) and whether it may be embedded, read once per process. */
const faceFiles = new Map<string, FaceFile>();

function faceFile(family: FontFamily, face: FontVariant): FaceFile {
  const key = `${family}/${face}`;
  let file = faceFiles.get(key);
  if (!file) {
    const bytes = readFileSync(fontFile(family, face));
    file = { bytes, refusal: embeddingRefusal(bytes) };
    faceFiles.set(key, file);
  }
  return file;
}

const relationshipsXml = (targets: string[]) =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  targets.map((target, i) => `<Relationship Id="rId${i + 1}" Type="${FONT_RELATIONSHIP}" Target="${target}"/>`).join('') +
  '</Relationships>';

/** settings.xml asking Word to keep the fonts embedded when it saves: w:embedTrueTypeFonts, where the schema orders it (after displayBackgroundShape). */
function embedOnSave(settings: string): string {
  if (settings.includes('<w:embedTrueTypeFonts')) return settings;
  if (settings.includes('<w:displayBackgroundShape/>')) return settings.replace('<w:displayBackgroundShape/>', '$&<w:embedTrueTypeFonts/>');
  return settings.replace(/<w:settings\b[^>]*>/, '$&<w:embedTrueTypeFonts/>');
}

/**
 * Embeds the brand fonts' faces that the document's text is set in, as Word's
 * "Embed fonts in the file" does (ECMA-376 Part 1, §17.8.1): each face whole
 * (Word edits text only in fonts it has entire), obfuscated with a key of its
 * own in word/fonts/fontN.odttf, related from fontTable.xml, whose entries keep
 * their fallback names for a face not embedded. A face whose licence does not
 * allow embedding is left out, with a warning. docx's own `fonts` option would
 * need the faces before the parts that show which are used are written, and
 * writes a font table without the fallbacks.
 */
export function embedFonts(families: FontFamily[], onWarning: (message: string) => void = () => {}): PackageEdit {
  return (parts) => {
    const used = usedFaces(parts);
    const embedded = new Map<string, EmbeddedFace[]>();
    const targets: string[] = [];
    for (const family of FontFamily.options) {
      for (const face of FACES.filter((f) => used.get(family)?.has(f))) {
        const file = faceFile(family, face);
        if (file.refusal) {
          onWarning(`The font “${family}” (${FACE_NAME[face]}) is not embedded in the DOCX: ${file.refusal}. Where it is not installed, ${FALLBACK_FONT[family]} is shown instead.`);
          continue;
        }
        const fontKey = newFontKey();
        const target = `fonts/font${targets.length + 1}.odttf`;
        targets.push(target);
        parts.set(`word/${target}`, obfuscateFont(file.bytes, fontKey));
        embedded.set(family, [...(embedded.get(family) ?? []), { face, relationshipId: `rId${targets.length}`, fontKey }]);
      }
    }
    const listed = [...families, ...FontFamily.options.filter((family) => used.has(family))];
    parts.set('word/fontTable.xml', fontTableXml(listed, embedded));
    parts.set('word/_rels/fontTable.xml.rels', relationshipsXml(targets));
    if (targets.length === 0) return;
    const settings = parts.get('word/settings.xml');
    if (typeof settings === 'string') parts.set('word/settings.xml', embedOnSave(settings));
    const types = parts.get('[Content_Types].xml');
    if (typeof types === 'string' && !/Extension="odttf"/.test(types)) parts.set('[Content_Types].xml', types.replace(/<Override\b/, `${OBFUSCATED_FONT}$&`));
  };
}
