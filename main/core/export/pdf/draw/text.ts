import type { Face } from '../fonts/fontCache';
import { PAGE } from '../layout/theme';
import type { Piece, TextLine } from '../layout/types';
import type { DrawEnv } from './drawEnv';
import { beginArtifact, beginTagged, END, fillColour, num } from './ops';

/**
 * Glyphs of text as a Tj, or a TJ that widens each space by `wordSpacing`
 * (Tw does not apply to two-byte fonts). Encoded word by word: pieces are
 * mostly whole lines, unique, while their words repeat and hit the cache.
 */
function show(face: Face, text: string, size: number, wordSpacing: number): string {
  if (!text.includes(' ')) return `<${face.hex(text)}> Tj`;
  const words = text.split(' ').map((w) => face.hex(w));
  if (!wordSpacing) return `<${words.join(face.hex(' '))}> Tj`;
  return `[<${words.join(`${face.hex(' ')}> ${num((-wordSpacing * 1000) / size)} <`)}>] TJ`;
}

interface Placed {
  piece: Piece;
  text: string;
  x: number;
  width: number;
}

function place(line: TextLine, piece: Piece, env: DrawEnv): Placed {
  const size = piece.style.size;
  if (piece.pageOf) {
    const text = env.pageLabelOf(piece.pageOf.anchor);
    const width = piece.style.face.width(text) * size;
    return { piece, text, x: piece.pageOf.right - width, width };
  }
  return {
    piece,
    text: piece.text,
    x: line.x + piece.x + line.wordSpacing * piece.spacesBefore,
    width: piece.width + line.wordSpacing * piece.spaces,
  };
}

/**
 * Writes one line: pieces with the same owner share one marked-content
 * sequence (or one artifact), text operators are written directly with glyph
 * ids from the per-word cache, and link pieces get their annotations.
 */
export function drawTextLine(out: string[], line: TextLine, top: number, env: DrawEnv, artifact: boolean): void {
  const baseline = PAGE.height - (top + line.y);
  const placed = line.pieces.map((p) => place(line, p, env));
  let i = 0;
  while (i < placed.length) {
    const owner = artifact ? null : placed[i]!.piece.node;
    let j = i + 1;
    while (j < placed.length && (artifact || placed[j]!.piece.node === owner)) j++;
    out.push(owner ? beginTagged(owner.type, env.tagger.mark(owner)) : beginArtifact());
    out.push('BT');
    const decorations: string[] = [];
    for (const { piece, text, x, width } of placed.slice(i, j)) {
      const { face, size, colour } = piece.style;
      const y = baseline + (piece.style.rise ?? 0);
      out.push(`/${face.resourceName} ${num(size)} Tf ${fillColour(colour)} 1 0 0 1 ${num(x)} ${num(y)} Tm ${show(face, text, size, piece.pageOf ? 0 : line.wordSpacing)}`);
      if (piece.style.underline) decorations.push(`${fillColour(colour)} ${num(x)} ${num(y - size * 0.13)} ${num(width)} ${num(size * 0.055)} re f`);
      if (piece.style.strike) decorations.push(`${fillColour(colour)} ${num(x)} ${num(y + size * 0.27)} ${num(width)} ${num(size * 0.055)} re f`);
    }
    out.push('ET', ...decorations, END);
    i = j;
  }
  if (artifact) return;
  // One annotation per link per line, over the link's text.
  let k = 0;
  while (k < placed.length) {
    const link = placed[k]!.piece.link;
    if (!link) {
      k++;
      continue;
    }
    let m = k + 1;
    while (m < placed.length && placed[m]!.piece.link === link) m++;
    const first = placed[k]!;
    const last = placed[m - 1]!;
    const size = first.piece.style.size;
    const x1 = Math.min(first.x, last.x);
    const x2 = Math.max(first.x + first.width, last.x + last.width);
    env.addLink(link.node, [x1, baseline - size * 0.3, x2, baseline + size * 0.95], link.target, link.label);
    k = m;
  }
}
