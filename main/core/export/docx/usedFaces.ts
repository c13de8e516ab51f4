import type { FontVariant } from '../../brand/fontFiles';

type Parts = ReadonlyMap<string, string | Uint8Array>;

/** What a run's properties say about its font; undefined where they say nothing. */
interface Look {
  font?: string;
  bold?: boolean;
  italic?: boolean;
}

interface Style {
  basedOn?: string;
  look: Look;
}

/** The parts whose text is shown: the body, notes, comments, headers and footers. */
const TEXT_PART = /^word\/(document|footnotes|endnotes|comments|header\d+|footer\d+)\.xml$/;
/** Run content drawn in the run's font. */
const SHOWN = /<w:(t|sym|footnoteReference|footnoteRef|endnoteReference|endnoteRef|annotationRef)\b/;
const OFF = new Set(['false', '0', 'off']);

const BOLD = /<w:b(?: w:val="([^"]*)")?\s*\/>/;
const ITALIC = /<w:i(?: w:val="([^"]*)")?\s*\/>/;

function onOff(rPr: string, element: RegExp): boolean | undefined {
  const match = element.exec(rPr);
  return match ? !OFF.has(match[1] ?? 'true') : undefined;
}

function lookOf(rPr: string | undefined): Look {
  if (!rPr) return {};
  return { font: /<w:rFonts\b[^>]*\bw:ascii="([^"]*)"/.exec(rPr)?.[1], bold: onOff(rPr, BOLD), italic: onOff(rPr, ITALIC) };
}

const runProperties = (xml: string) => /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(xml)?.[1];

function parseStyles(xml: string) {
  const styles = new Map<string, Style>();
  let defaultParagraph: string | undefined;
  for (const [, attributes, body] of xml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const id = /w:styleId="([^"]*)"/.exec(attributes!)?.[1];
    if (!id) continue;
    styles.set(id, { basedOn: /<w:basedOn w:val="([^"]*)"/.exec(body!)?.[1], look: lookOf(runProperties(body!)) });
    if (/w:type="paragraph"/.test(attributes!) && /w:default="(1|true|on)"/.test(attributes!)) defaultParagraph = id;
  }
  const defaults = lookOf(runProperties(/<w:rPrDefault>([\s\S]*?)<\/w:rPrDefault>/.exec(xml)?.[1] ?? ''));
  return { styles, defaultParagraph, defaults };
}

/**
 * The faces of each font that some shown text of the document is set in:
 * each run's font, bold and italic from its own properties, else its
 * character style's, its paragraph style's (each with the styles it is based
 * on) and the document defaults. Word toggles bold and italic when a
 * character style and a paragraph style both set them; taking either one
 * errs on the side of embedding a face too many, never one too few.
 */
export function usedFaces(parts: Parts): Map<string, Set<FontVariant>> {
  const stylesXml = parts.get('word/styles.xml');
  const { styles, defaultParagraph, defaults } = parseStyles(typeof stylesXml === 'string' ? stylesXml : '');
  const resolved = new Map<string, Look>();
  const styleLook = (id: string | undefined, seen = new Set<string>()): Look => {
    if (!id || seen.has(id)) return {};
    const cached = resolved.get(id);
    if (cached) return cached;
    const style = styles.get(id);
    if (!style) return {};
    const parent = styleLook(style.basedOn, seen.add(id));
    const look = { font: style.look.font ?? parent.font, bold: style.look.bold ?? parent.bold, italic: style.look.italic ?? parent.italic };
    resolved.set(id, look);
    return look;
  };

  const faces = new Map<string, Set<FontVariant>>();
  for (const [path, xml] of parts) {
    if (!TEXT_PART.test(path) || typeof xml !== 'string') continue;
    for (const [, paragraph] of xml.matchAll(/<w:p(?: [^>]*)?>([\s\S]*?)<\/w:p>/g)) {
      const inParagraph = styleLook(/<w:pStyle w:val="([^"]*)"/.exec(paragraph!)?.[1] ?? defaultParagraph);
      for (const [, run] of paragraph!.matchAll(/<w:r(?: [^>]*)?>([\s\S]*?)<\/w:r>/g)) {
        if (!SHOWN.test(run!)) continue;
        const own = lookOf(runProperties(run!));
        const character = styleLook(/<w:rStyle w:val="([^"]*)"/.exec(run!)?.[1]);
        const font = own.font ?? character.font ?? inParagraph.font ?? defaults.font;
        if (!font) continue;
        const bold = own.bold ?? (character.bold || inParagraph.bold || defaults.bold || false);
        const italic = own.italic ?? (character.italic || inParagraph.italic || defaults.italic || false);
        const face: FontVariant = bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular';
        let set = faces.get(font);
        if (!set) faces.set(font, (set = new Set()));
        set.add(face);
      }
    }
  }
  return faces;
}
