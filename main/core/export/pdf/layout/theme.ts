import type { Brand } from '../../../../../shared/model';
import type { FontVariant } from '../../../brand/fontFiles';
import type { Face, FontCache } from '../fonts/fontCache';
import type { Rgb, TextStyle } from './types';

export const PAGE = { width: 595.28, height: 841.89 } as const;

/** Page geometry in points, top-down: the body frame and where header and footer sit. */
export const FRAME = {
  left: 70,
  right: PAGE.width - 70,
  top: 78,
  bottom: PAGE.height - 74,
  headerBaseline: 44,
  footerBaseline: PAGE.height - 40,
} as const;
export const TEXT_WIDTH = FRAME.right - FRAME.left;

export const hexToRgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as Rgb;

/** Mixes a colour toward white: tints for box fills. */
export const tint = (c: Rgb, amount: number): Rgb => c.map((v) => v + (1 - v) * amount) as Rgb;

export type Role = 'body' | 'heading';

/** Typography and colour from the brand; every layout module reads its sizes here. */
export class Theme {
  readonly primary: Rgb;
  readonly secondary: Rgb;
  readonly text: Rgb;
  readonly accent: Rgb;
  readonly muted: Rgb;
  readonly justify: boolean;
  readonly bodySize = 10;
  readonly leading = 1.45;
  readonly paragraphGap = 6;
  readonly footnoteSize = 8;
  /** Sizes of heading levels 1–6 (section depth, then in-text headings below it). */
  readonly headingSizes = [20, 15, 12.5, 11, 10.5, 10];

  constructor(
    readonly brand: Brand,
    private readonly fonts: FontCache,
  ) {
    this.primary = hexToRgb(brand.colours.primary);
    this.secondary = hexToRgb(brand.colours.secondary);
    this.text = hexToRgb(brand.colours.text);
    this.accent = hexToRgb(brand.colours.accent);
    this.muted = tint(this.text, 0.35);
    this.justify = brand.justify;
  }

  private readonly faces = new Map<number, Face>();

  face(role: Role, bold = false, italic = false): Face {
    // Called for every run of text: a numeric key avoids building strings.
    const key = (role === 'heading' ? 4 : 0) + (bold ? 2 : 0) + (italic ? 1 : 0);
    let face = this.faces.get(key);
    if (!face) {
      const variant: FontVariant = bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular';
      face = this.fonts.face(role === 'heading' ? this.brand.fonts.heading : this.brand.fonts.body, variant);
      this.faces.set(key, face);
    }
    return face;
  }

  body(overrides: Partial<TextStyle> = {}): TextStyle {
    return { face: this.face('body'), size: this.bodySize, colour: this.text, ...overrides };
  }

  heading(level: number): TextStyle {
    const size = this.headingSizes[Math.min(level, 6) - 1] ?? 10;
    return { face: this.face('heading', true), size, colour: level <= 2 ? this.primary : this.secondary };
  }
}
