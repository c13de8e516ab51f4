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
/** Characters a URL may break before: . ? & = _ # - */
const URL_BREAK_BEFORE = new Set([0x2e, 0x3f, 0x26, 0x3d, 0x5f, 0x23, 0x2d]);
/** Characters a word may break after without adding a hyphen: - – — / */
const isDash = (c: number) => c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x2f;
const SLASH = 0x2f;

interface Candidate {
  at: number;
  hyphen: boolean;
}

/** Break offsets inside `text`, in order, each with whether a hyphen is added. */
function candidates(text: string, link: TextAtom['link']): Candidate[] {
  const out: Candidate[] = [];
  const urlish = (!!link && 'uri' in link.target) || /:\/\/|www\./.test(text);
  for (let i = 1; i < text.length - 1; i++) {
    const before = text.charCodeAt(i - 1);
    const after = text.charCodeAt(i);
    const ok = urlish ? (before === SLASH ? after !== SLASH : URL_BREAK_BEFORE.has(after)) : isDash(before);
    if (ok) out.push({ at: i, hyphen: false });
  }
  if (urlish) return out;
  const points = hyphenationPoints(text);
  if (!points.length) return out;
  for (const at of points) out.push({ at, hyphen: !isDash(text.charCodeAt(at - 1)) });
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
  const breaker = new LineBreaker(maxWidth);
  const group: TextAtom[] = [];
  for (const atom of atoms) {
    if (atom.kind === 'text') {
      group.push(atom);
      continue;
    }
    if (group.length) breaker.place(group);
    group.length = 0;
    if (atom.kind === 'space') breaker.pendingSpace = breaker.count ? atom : null;
    else breaker.flush(true);
  }
  if (group.length) breaker.place(group);
  return breaker.end();
}

/**
 * The state of breakLines; a class rather than closures, which are rebuilt on
 * every call of a hot function. The current line is kept in parallel arrays
 * reused line after line, rather than an object per word.
 */
class LineBreaker {
  readonly lines: BrokenLine[] = [];
  readonly atoms: (TextAtom | SpaceAtom)[] = [];
  readonly texts: string[] = [];
  readonly widths: number[] = [];
  /** Atoms on the current line. */
  count = 0;
  lineWidth = 0;
  pendingSpace: SpaceAtom | null = null;

  constructor(private readonly maxWidth: number) {}

  add(atom: TextAtom | SpaceAtom, text: string, width: number): void {
    this.atoms[this.count] = atom;
    this.texts[this.count] = text;
    this.widths[this.count] = width;
    this.count++;
  }

  private addPlaced(p: Placed): void {
    this.add(p.atom, p.text, p.width);
  }

  flush(last: boolean): void {
    this.lines.push(finish(this, last));
    this.count = 0;
    this.lineWidth = 0;
    this.pendingSpace = null;
  }

  place(group: TextAtom[]): void {
    // Most words fit where they are: measure the group and place it without building parts.
    const pending = this.pendingSpace && this.count ? this.pendingSpace : null;
    const spaceWidth = pending ? atomWidth(pending.style, ' ') : 0;
    let total = 0;
    for (const atom of group) total += atomWidth(atom.style, atom.text);
    if (total <= this.maxWidth - this.lineWidth - spaceWidth + 0.01) {
      if (pending) this.add(pending, ' ', spaceWidth);
      for (const atom of group) this.add(atom, atom.text, atomWidth(atom.style, atom.text));
      this.lineWidth += spaceWidth + total;
      this.pendingSpace = null;
      return;
    }
    this.placeSplitting(group.map((atom) => ({ atom, text: atom.text, width: atomWidth(atom.style, atom.text) })));
  }

  /** A group that does not fit: split it at the best point, or move it to the next line. */
  private placeSplitting(parts: Placed[]): void {
    while (parts.length) {
      const pending = this.pendingSpace;
      const space: Placed | null = pending && this.count ? { atom: pending, text: ' ', width: atomWidth(pending.style, ' ') } : null;
      const room = this.maxWidth - this.lineWidth - (space ? space.width : 0);
      let total = 0;
      for (const p of parts) total += p.width;
      if (total <= room + 0.01) {
        if (space) this.addPlaced(space);
        for (const p of parts) this.addPlaced(p);
        this.lineWidth += (space ? space.width : 0) + total;
        this.pendingSpace = null;
        return;
      }
      const split = splitParts(parts, room, this.count === 0);
      if (split) {
        if (space) this.addPlaced(space);
        for (const p of split.head) this.addPlaced(p);
        this.flush(false);
        parts = split.tail;
      } else if (this.count) {
        this.flush(false);
      } else {
        // Nothing fits even alone on a line and no split point exists (a single glyph wider than the line).
        for (const p of parts) this.addPlaced(p);
        this.lineWidth += total;
        return;
      }
    }
  }

  end(): BrokenLine[] {
    if (this.count || !this.lines.length) this.flush(true);
    else (this.lines[this.lines.length - 1] as BrokenLine).last = true;
    return this.lines;
  }
}

/** Whether text[0, at) (plus a hyphen) fits in `room` after `used` points. */
function headFits(atom: TextAtom, text: string, at: number, hyphen: boolean, used: number, room: number): boolean {
  return used + atomWidth(atom.style, hyphen ? `${text.slice(0, at)}-` : text.slice(0, at)) <= room;
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
    const text = part.text;
    // The last break that fits is the best: try them from the end.
    const options = candidates(text, atom.link);
    let best: Candidate | null = null;
    for (let c = options.length - 1; c >= 0 && !best; c--) {
      const option = options[c] as Candidate;
      if (headFits(atom, text, option.at, option.hyphen, used, room)) best = option;
    }
    if (!best && lineEmpty && k === 0) {
      let at = 1;
      while (at < text.length - 1 && headFits(atom, text, at + 1, false, used, room)) at++;
      best = { at, hyphen: false };
    }
    if (!best) return null;
    const headText = text.slice(0, best.at) + (best.hyphen ? '-' : '');
    const tailText = text.slice(best.at);
    return {
      head: [...parts.slice(0, k), { atom, text: headText, width: atomWidth(atom.style, headText) }],
      tail: [{ atom, text: tailText, width: atomWidth(atom.style, tailText) }, ...parts.slice(k + 1)],
    };
  }
  return null;
}

/** Texts of the piece being merged; reused, and joined once so a piece's text is one flat string, not a chain of concatenations kept alive until drawing. */
const pieceTexts: string[] = [];

/** Merges the line's atoms into same-style pieces and measures the line. */
function finish(line: LineBreaker, last: boolean): BrokenLine {
  const pieces: Piece[] = [];
  const footnotes: FootnoteBlock[] = [];
  let x = 0;
  let spaces = 0;
  let ascent = 0;
  let descent = 0;
  let prev: Piece | null = null;
  for (let i = 0; i < line.count; i++) {
    const atom = line.atoms[i] as TextAtom | SpaceAtom;
    const text = line.texts[i] as string;
    const width = line.widths[i] as number;
    const { style, node, link } = atom;
    const isSpace = atom.kind === 'space';
    if (atom.kind === 'text' && atom.footnote && text === atom.text) footnotes.push(atom.footnote);
    ascent = Math.max(ascent, style.face.ascent * style.size + (style.rise ?? 0));
    descent = Math.max(descent, style.face.descent * style.size);
    if (prev && prev.style === style && prev.node === node && prev.link === link) {
      pieceTexts.push(text);
      prev.width += width;
      if (isSpace) prev.spaces++;
    } else {
      if (prev) prev.text = pieceTexts.join('');
      pieceTexts.length = 0;
      pieceTexts.push(text);
      prev = { text: '', style, x, width, spacesBefore: spaces, spaces: isSpace ? 1 : 0, node, link };
      pieces.push(prev);
    }
    if (isSpace) spaces++;
    x += width;
  }
  if (prev) prev.text = pieceTexts.join('');
  pieceTexts.length = 0;
  return { pieces, width: x, spaces, ascent, descent, footnotes, last };
}
