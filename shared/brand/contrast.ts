/** WCAG 2.2 contrast: relative luminance of sRGB colours and the ratio between two of them. */

const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};

export function relativeLuminance(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) throw new Error(`“${hex}” is not a colour written #RRGGBB.`);
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((h) => channel(parseInt(h, 16)));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** AA for normal text (4.5:1); large text (18pt, or 14pt bold) needs 3:1. */
export const AA_NORMAL = 4.5;
export const AA_LARGE = 3;

export interface ContrastCheck {
  pair: string;
  foreground: string;
  background: string;
  ratio: number;
  required: number;
  passes: boolean;
}

/** The colour pairs a brand prints text in: body text on the page, white on the primary and secondary colours, text on the accent wash. */
export function brandContrastChecks(colours: { primary: string; secondary: string; text: string; accent: string }): ContrastCheck[] {
  const pairs: [string, string, string, number][] = [
    ['Body text on white page', colours.text, '#FFFFFF', AA_NORMAL],
    ['White text on primary colour', '#FFFFFF', colours.primary, AA_NORMAL],
    ['White text on secondary colour', '#FFFFFF', colours.secondary, AA_NORMAL],
    ['Body text on accent colour', colours.text, colours.accent, AA_NORMAL],
    ['Primary-coloured headings on white', colours.primary, '#FFFFFF', AA_LARGE],
  ];
  return pairs.map(([pair, foreground, background, required]) => {
    const ratio = Math.round(contrastRatio(foreground, background) * 100) / 100;
    return { pair, foreground, background, ratio, required, passes: ratio >= required };
  });
}
