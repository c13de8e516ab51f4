import { htmlSegments, segmentsText, type TextSegment } from './htmlSegments';

export interface BibliographyEntry {
  referenceId: string;
  /** The entry as plain text, as the style prints it (Vancouver entries start "1. "). */
  text: string;
  /** citeproc-js's HTML of the entry (italic titles and the like), for the renderer's References section. */
  html: string;
  /** The same entry as formatted runs, for the DOCX and PDF exporters. */
  segments: TextSegment[];
  /** Numeric styles: the reference's number (its order of first citation). */
  number?: number;
}

const NUMBERED = /<div class="csl-left-margin">[\s\S]*?<\/div>\s*<div class="csl-right-inline">([\s\S]*)<\/div>\s*<\/div>\s*$/;

/** The body of a citeproc-js entry without its number column ("1." in a numeric style), as HTML. */
export function entryBody(html: string): string {
  const numbered = NUMBERED.exec(html);
  if (numbered) return numbered[1]!.trim();
  return html.trim().replace(/^<div class="csl-entry">/, '').replace(/<\/div>$/, '').trim();
}

/** An entry from the HTML of its body, numbered when the style numbers references. */
export function bibliographyEntry(referenceId: string, body: string, number?: number): BibliographyEntry {
  const bodySegments = htmlSegments(body);
  if (number === undefined) {
    return { referenceId, text: segmentsText(bodySegments), html: `<div class="csl-entry">${body}</div>`, segments: bodySegments };
  }
  const first = bodySegments[0];
  const segments: TextSegment[] =
    first && Object.keys(first).length === 1 ? [{ text: `${number}. ${first.text}` }, ...bodySegments.slice(1)] : [{ text: `${number}. ` }, ...bodySegments];
  return {
    referenceId,
    number,
    text: segmentsText(segments),
    html: `<div class="csl-entry"><div class="csl-left-margin">${number}. </div><div class="csl-right-inline">${body}</div></div>`,
    segments,
  };
}
