import type { Face } from '../fonts/fontCache';
import type { Rgb } from '../layout/types';

const BACKSLASH = 0x5c;
const SPACE = 0x20;

/**
 * A page's content stream, written straight into bytes: numbers are printed
 * digit by digit, glyph ids go into literal strings two bytes each, and
 * operators are skipped when they would set the font, colour or line width
 * already in force. A 100-page report writes about a million glyphs; building
 * them as strings and joining them cost more than laying the report out.
 *
 * Coordinates are PDF space (points, y up). One instance is reused page after
 * page through `reset`.
 */
export class ContentStream {
  private buf = new Uint8Array(1 << 16);
  private len = 0;
  private face: Face | null = null;
  private size = NaN;
  private fill: Rgb | null = null;
  private stroke: Rgb | null = null;
  private width = NaN;
  /** Origin of the current text line in hundredths of a point, so Td offsets add up exactly. */
  private tx = 0;
  private ty = 0;

  /** Starts a new page: empty stream, default graphics state. */
  reset(): void {
    this.len = 0;
    this.face = null;
    this.size = NaN;
    this.fill = null;
    this.stroke = null;
    this.width = NaN;
  }

  /** The stream so far; valid until the next write or reset. */
  bytes(): Uint8Array {
    return this.buf.subarray(0, this.len);
  }

  /** Starts marked content for a structure element: `/P <</MCID 3>> BDC`. */
  beginTagged(type: string, mcid: number): void {
    this.name(type);
    this.ascii(' <</MCID ');
    this.int(mcid);
    this.ascii('>> BDC\n');
  }

  /** Starts an artifact: layout decoration, or a running header/footer when `subtype` is given. */
  beginArtifact(kind: 'Layout' | 'Pagination' = 'Layout', subtype?: 'Header' | 'Footer'): void {
    this.ascii('/Artifact <</Type /');
    this.ascii(kind);
    if (subtype) {
      this.ascii(' /Subtype /');
      this.ascii(subtype);
    }
    this.ascii('>> BDC\n');
  }

  end(): void {
    this.ascii('EMC\n');
  }

  fillColour(c: Rgb): void {
    const f = this.fill;
    if (f && f[0] === c[0] && f[1] === c[1] && f[2] === c[2]) return;
    this.fill = c;
    this.colour(c, ' rg\n');
  }

  strokeColour(c: Rgb): void {
    const s = this.stroke;
    if (s && s[0] === c[0] && s[1] === c[1] && s[2] === c[2]) return;
    this.stroke = c;
    this.colour(c, ' RG\n');
  }

  lineWidth(w: number): void {
    if (w === this.width) return;
    this.width = w;
    this.num(w);
    this.ascii(' w\n');
  }

  /** A rectangle, filled (`f`) or stroked (`S`), lower-left corner at x, y. */
  rect(x: number, y: number, w: number, h: number, paint: 'f' | 'S'): void {
    this.num(x);
    this.byte(SPACE);
    this.num(y);
    this.byte(SPACE);
    this.num(w);
    this.byte(SPACE);
    this.num(h);
    this.ascii(paint === 'f' ? ' re f\n' : ' re S\n');
  }

  /** Draws image XObject `name` scaled into the rectangle. */
  image(name: string, x: number, y: number, w: number, h: number): void {
    this.ascii('q ');
    this.num(w);
    this.ascii(' 0 0 ');
    this.num(h);
    this.byte(SPACE);
    this.num(x);
    this.byte(SPACE);
    this.num(y);
    this.ascii(' cm /');
    this.ascii(name);
    this.ascii(' Do Q\n');
  }

  beginText(): void {
    this.ascii('BT\n');
    this.tx = 0;
    this.ty = 0;
  }

  endText(): void {
    this.ascii('ET\n');
  }

  /** Sets the font (text state survives BT/ET, so only changes are written). */
  font(face: Face, size: number): void {
    if (face === this.face && size === this.size) return;
    this.face = face;
    this.size = size;
    this.name(face.resourceName);
    this.byte(SPACE);
    this.num(size);
    this.ascii(' Tf\n');
  }

  /** Moves to the start of a run at x, y (inside BT … ET). */
  moveTo(x: number, y: number): void {
    const tx = Math.round(x * 100);
    const ty = Math.round(y * 100);
    this.hundredths(tx - this.tx);
    this.byte(SPACE);
    this.hundredths(ty - this.ty);
    this.ascii(' Td\n');
    this.tx = tx;
    this.ty = ty;
  }

  /**
   * Shows text in the current font. With `wordSpacing` (points), each space is
   * widened through a TJ adjustment: Tw does not apply to two-byte fonts.
   */
  show(face: Face, text: string, wordSpacing = 0): void {
    if (!wordSpacing) {
      this.byte(0x28);
      this.glyphs(face, text, 0, text.length);
      this.ascii(') Tj\n');
      return;
    }
    const adjust = Math.round((-wordSpacing * 1000 * 100) / this.size);
    this.ascii('[(');
    let from = 0;
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) !== SPACE) continue;
      this.glyphs(face, text, from, i + 1);
      this.ascii(') ');
      this.hundredths(adjust);
      this.ascii(' (');
      from = i + 1;
    }
    this.glyphs(face, text, from, text.length);
    this.ascii(')] TJ\n');
  }

  /** Glyph ids of text[from, to) as two bytes each, escaped for a literal string. */
  private glyphs(face: Face, text: string, from: number, to: number): void {
    this.room((to - from) * 4);
    const buf = this.buf;
    let len = this.len;
    for (let i = from; i < to; i++) {
      let cp = text.charCodeAt(i);
      if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < to) {
        cp = text.codePointAt(i)!;
        if (cp > 0xffff) i++;
      }
      const gid = face.drawGlyph(cp);
      len = escaped(buf, len, gid >> 8);
      len = escaped(buf, len, gid & 0xff);
    }
    this.len = len;
  }

  private colour(c: Rgb, op: string): void {
    this.num(c[0]);
    this.byte(SPACE);
    this.num(c[1]);
    this.byte(SPACE);
    this.num(c[2]);
    this.ascii(op);
  }

  private name(name: string): void {
    this.byte(0x2f);
    this.ascii(name);
  }

  /** A number as PDF prints it here: at most two decimals, no trailing zeros. */
  private num(n: number): void {
    this.hundredths(Math.round(n * 100));
  }

  private hundredths(v: number): void {
    if (v < 0) {
      this.byte(0x2d);
      v = -v;
    }
    const whole = Math.floor(v / 100);
    const frac = v - whole * 100;
    this.int(whole);
    if (!frac) return;
    this.room(3);
    this.buf[this.len++] = 0x2e;
    this.buf[this.len++] = 0x30 + Math.floor(frac / 10);
    if (frac % 10) this.buf[this.len++] = 0x30 + (frac % 10);
  }

  private int(n: number): void {
    this.room(16);
    if (n < 10) {
      this.buf[this.len++] = 0x30 + n;
      return;
    }
    const buf = this.buf;
    let end = this.len;
    for (let rest = n; rest > 0; rest = Math.floor(rest / 10)) end++;
    this.len = end;
    for (let rest = n; rest > 0; rest = Math.floor(rest / 10)) buf[--end] = 0x30 + (rest % 10);
  }

  /** ASCII text (operators, names): every character is below 0x80. */
  private ascii(s: string): void {
    this.room(s.length);
    const buf = this.buf;
    let len = this.len;
    for (let i = 0; i < s.length; i++) buf[len++] = s.charCodeAt(i);
    this.len = len;
  }

  private byte(b: number): void {
    this.room(1);
    this.buf[this.len++] = b;
  }

  private room(n: number): void {
    if (this.len + n <= this.buf.length) return;
    const grown = new Uint8Array(Math.max(this.buf.length * 2, this.len + n));
    grown.set(this.buf.subarray(0, this.len));
    this.buf = grown;
  }
}

/** One byte of a literal string: parentheses, backslash and CR escaped (an unescaped CR would read as LF). */
function escaped(buf: Uint8Array, len: number, b: number): number {
  if (b === 0x28 || b === 0x29 || b === BACKSLASH) {
    buf[len++] = BACKSLASH;
    buf[len++] = b;
  } else if (b === 0x0d) {
    buf[len++] = BACKSLASH;
    buf[len++] = 0x72;
  } else buf[len++] = b;
  return len;
}
