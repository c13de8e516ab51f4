import { PAGE } from '../layout/theme';
import type { Piece, TextLine } from '../layout/types';
import type { ContentStream } from './contentStream';
import type { DrawEnv } from './drawEnv';

/** A piece's text; a contents entry's page number is known only now. */
function placeText(piece: Piece, env: DrawEnv): string {
  return piece.pageOf ? env.pageLabelOf(piece.pageOf.anchor) : piece.text;
}

/** Where a piece starts once the line is justified; page numbers are right-aligned. */
function placeX(line: TextLine, piece: Piece, text: string): number {
  if (piece.pageOf) return piece.pageOf.right - piece.style.face.width(text) * piece.style.size;
  return line.x + piece.x + line.wordSpacing * piece.spacesBefore;
}

function placeWidth(line: TextLine, piece: Piece, text: string): number {
  if (piece.pageOf) return piece.style.face.width(text) * piece.style.size;
  return piece.width + line.wordSpacing * piece.spaces;
}

/** Underline and strike-through as thin filled rectangles under or through the run. */
function decorate(out: ContentStream, piece: Piece, x: number, y: number, width: number): void {
  const { size, colour } = piece.style;
  out.fillColour(colour);
  if (piece.style.underline) out.rect(x, y - size * 0.13, width, size * 0.055, 'f');
  if (piece.style.strike) out.rect(x, y + size * 0.27, width, size * 0.055, 'f');
}

/**
 * Writes one line: pieces with the same owner share one marked-content
 * sequence (or one artifact), glyph ids are written straight into the stream,
 * and link pieces get their annotations.
 */
export function drawTextLine(out: ContentStream, line: TextLine, top: number, env: DrawEnv, artifact: boolean): void {
  const baseline = PAGE.height - (top + line.y);
  const pieces = line.pieces;
  let i = 0;
  while (i < pieces.length) {
    const owner = artifact ? null : pieces[i]!.node;
    let j = i + 1;
    while (j < pieces.length && (artifact || pieces[j]!.node === owner)) j++;
    if (owner) out.beginTagged(owner.type, env.tagger.mark(owner));
    else out.beginArtifact();
    out.beginText();
    let decorated = false;
    for (let k = i; k < j; k++) {
      const piece = pieces[k]!;
      const { face, size, colour } = piece.style;
      const text = placeText(piece, env);
      out.font(face, size);
      out.fillColour(colour);
      out.moveTo(placeX(line, piece, text), baseline + (piece.style.rise ?? 0));
      out.show(face, text, piece.pageOf ? 0 : line.wordSpacing);
      decorated ||= !!(piece.style.underline || piece.style.strike);
    }
    out.endText();
    if (decorated) {
      for (let k = i; k < j; k++) {
        const piece = pieces[k]!;
        if (!piece.style.underline && !piece.style.strike) continue;
        const text = placeText(piece, env);
        decorate(out, piece, placeX(line, piece, text), baseline + (piece.style.rise ?? 0), placeWidth(line, piece, text));
      }
    }
    out.end();
    i = j;
  }
  if (!artifact) addLinks(line, baseline, env);
}

/** One annotation per link per line, over the link's text. */
function addLinks(line: TextLine, baseline: number, env: DrawEnv): void {
  const pieces = line.pieces;
  let k = 0;
  while (k < pieces.length) {
    const link = pieces[k]!.link;
    if (!link) {
      k++;
      continue;
    }
    let x1 = Infinity;
    let x2 = -Infinity;
    const size = pieces[k]!.style.size;
    for (; k < pieces.length && pieces[k]!.link === link; k++) {
      const piece = pieces[k]!;
      const text = placeText(piece, env);
      const x = placeX(line, piece, text);
      x1 = Math.min(x1, x);
      x2 = Math.max(x2, x + placeWidth(line, piece, text));
    }
    env.addLink(link.node, [x1, baseline - size * 0.3, x2, baseline + size * 0.95], link.target, link.label);
  }
}
