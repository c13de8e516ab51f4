import type { FootnoteBlock, Piece } from '../layout/types';
import { atomWidth, type Atom, type SpaceAtom, type TextAtom } from './atoms';
import { hyphenationPoints } from './hyphenate';

export interface BrokenLine {
  pieces: Piece[];
  width: number;
  spaces: number;
  /** Largest ascent and descent on the line, in points. */
  ascent: number;
  descent: number;
  footnotes: FootnoteBlock[];
  /** Ends the paragraph or a hard break: never justified. */
  last: boolean;
}

type Placed = { atom: TextAtom | SpaceAtom; text: string; width: number };

/**
 * URLs wrap after a slash or before other punctuation, never after a hyphen:
 * a hyphen at a line's end reads (and is extracted) as a word break.
 */
const URL_BREAK_BEFORE = /[.?&=_#-]/;
const DASHES = /[-–—/]/;

/** Break offsets inside `text`, each with whether a hyphen is added. */
function candidates(atom: TextAtom): { at: number; hyphen: boolean }[] {
  const text = atom.text;
  const out: { at: number; hyphen: boolean }[] = [];
  const urlish = !!atom.link && 'uri' in atom.link.target ? true : /:\/\/|www\./.test(text);
  for (let i = 1; i < text.length - 1; i++) {
    const before = text[i - 1] as string;
    const after = text[i] as string;
    const ok = urlish ? before === '/' ? after !== '/' : URL_BREAK_BEFORE.test(after) && before !== '/' : DASHES.test(before);
    if (ok) out.push({ at: i, hyphen: false });
  }
  if (!urlish) for (const at of hyphenationPoints(text)) out.push({ at, hyphen: !DASHES.test(text[at - 1] as string) });
  return out.sort((a, b) => a.at - b.at);
}

/**
 * Greedy line breaking with hyphenation. A word group (text atoms with no
 * space between, e.g. a word and its footnote marker) moves whole to the next
 * line; when it cannot fit even there it is split at a hyphenation point, a URL
 * separator or, as a last resort, between characters, so nothing runs past the
 * margin. Widths come from the per-word caches, so each candidate costs a few
 * map look-ups.
 */
export function breakLines(atoms: Atom[], maxWidth: number): BrokenLine[] {
  const lines: BrokenLine[] = [];
  let line: Placed[] = [];
  let lineWidth = 0;
  let pendingSpace: SpaceAtom | null = null;

  const flush = (last: boolean) => {
    lines.push(finish(line, last));
    line = [];
    lineWidth = 0;
    pendingSpace = null;
  };

  const place = (group: TextAtom[]) => {
    let parts: Placed[] = group.map((atom) => ({ atom, text: atom.text, width: atomWidth(atom.style, atom.text) }));
    while (parts.length) {
      const space: Placed | null = pendingSpace && line.length ? { atom: pendingSpace, text: ' ', width: atomWidth(pendingSpace.style, ' ') } : null;
      const room = maxWidth - lineWidth - (space?.width ?? 0);
      const total = parts.reduce((n, p) => n + p.width, 0);
      if (total <= room + 0.01) {
        if (space) line.push(space);
        line.push(...parts);
        lineWidth += (space?.width ?? 0) + total;
        pendingSpace = null;
        return;
      }
      const split = splitParts(parts, room, line.length === 0);
      if (split) {
        if (space) line.push(space);
        line.push(...split.head);
        flush(false);
        parts = split.tail;
      } else if (line.length) {
        flush(false);
      } else {
        // Nothing fits even alone on a line and no split point exists (a single glyph wider than the line).
        line.push(...parts);
        lineWidth += total;
        return;
      }
    }
  };

  let group: TextAtom[] = [];
  for (const atom of atoms) {
    if (atom.kind === 'text') {
      group.push(atom);
      continue;
    }
    if (group.length) place(group);
    group = [];
    if (atom.kind === 'space') pendingSpace = line.length ? atom : null;
    else flush(true);
  }
  if (group.length) place(group);
  if (line.length || !lines.length) flush(true);
  else if (lines.length) (lines[lines.length - 1] as BrokenLine).last = true;
  return lines;
}

/** The longest head of `parts` that fits in `room`, split inside one part. */
function splitParts(parts: Placed[], room: number, lineEmpty: boolean): { head: Placed[]; tail: Placed[] } | null {
  let used = 0;
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k] as Placed;
    if (used + part.width <= room) {
      used += part.width;
      continue;
    }
    const atom = part.atom as TextAtom;
    const fits = (text: string) => used + atomWidth(atom.style, text) <= room;
    let best: { at: number; hyphen: boolean } | null = null;
    for (const c of candidates({ ...atom, text: part.text })) {
      if (fits(part.text.slice(0, c.at) + (c.hyphen ? '-' : ''))) best = c;
    }
    if (!best && lineEmpty && k === 0) {
      let at = 1;
      while (at < part.text.length - 1 && fits(part.text.slice(0, at + 1))) at++;
      best = { at, hyphen: false };
    }
    if (!best) return null;
    const headText = part.text.slice(0, best.at) + (best.hyphen ? '-' : '');
    const tailText = part.text.slice(best.at);
    return {
      head: [...parts.slice(0, k), { atom, text: headText, width: atomWidth(atom.style, headText) }],
      tail: [{ atom, text: tailText, width: atomWidth(atom.style, tailText) }, ...parts.slice(k + 1)],
    };
  }
  return null;
}

/** Merges placed atoms into same-style pieces and measures the line. */
function finish(placed: Placed[], last: boolean): BrokenLine {
  const pieces: Piece[] = [];
  const footnotes: FootnoteBlock[] = [];
  let x = 0;
  let spaces = 0;
  let ascent = 0;
  let descent = 0;
  for (const p of placed) {
    const { style, node, link } = p.atom;
    const isSpace = p.atom.kind === 'space';
    if (p.atom.kind === 'text' && p.atom.footnote && p.text === p.atom.text) footnotes.push(p.atom.footnote);
    ascent = Math.max(ascent, style.face.ascent * style.size + (style.rise ?? 0));
    descent = Math.max(descent, style.face.descent * style.size);
    const prev = pieces[pieces.length - 1];
    if (prev && prev.style === style && prev.node === node && prev.link === link) {
      prev.text += p.text;
      prev.width += p.width;
      if (isSpace) prev.spaces++;
    } else {
      pieces.push({ text: p.text, style, x, width: p.width, spacesBefore: spaces, spaces: isSpace ? 1 : 0, node, link });
    }
    if (isSpace) spaces++;
    x += p.width;
  }
  return { pieces, width: x, spaces, ascent, descent, footnotes, last };
}
