// The package has no exports map: name the file so every ESM loader (Node, Playwright) resolves it.
import enGb from 'hyphen/en-gb/index.js';

const SOFT = '\u00AD';
const cache = new Map<string, number[]>();

/** Letters only (with inner apostrophes); numbers, URLs and codes are never hyphenated. */
const WORD = /^[\p{L}’']+$/u;

/**
 * Offsets where `word` may be broken with a hyphen, by the en-GB patterns
 * (TeX's, via the hyphen package). Keeps at least two letters before and
 * three after a break, as British printing does. Cached per word: a report
 * repeats its vocabulary, and the patterns cost ~0.05 ms a word.
 */
export function hyphenationPoints(word: string): number[] {
  if (!hyphenating) return NONE;
  let points = cache.get(word);
  if (points) return points;
  points = [];
  // Punctuation around the word ("investigation,") stays attached but is not hyphenated.
  const [, lead = '', core = ''] = /^(\P{L}*)(.*?)\P{L}*$/u.exec(word) ?? [];
  if (core.length >= 6 && WORD.test(core)) {
    const marked = enGb.hyphenateSync(core, { hyphenChar: SOFT });
    let offset = 0;
    for (const ch of marked) {
      if (ch === SOFT) {
        if (offset >= 2 && core.length - offset >= 3) points.push(lead.length + offset);
      } else offset += ch.length;
    }
  }
  cache.set(word, points);
  return points;
}

const NONE: number[] = [];
let hyphenating = true;

/**
 * Runs `layout` (synchronous) with words never hyphenated, as Word and
 * LibreOffice lay out a DOCX that does not ask for automatic hyphenation: the
 * DOCX's contents take their page numbers from such a layout. A cache of break
 * points outside this module would have to know whether hyphenation was on.
 */
export function withoutHyphenation<T>(layout: () => T): T {
  hyphenating = false;
  try {
    return layout();
  } finally {
    hyphenating = true;
  }
}
