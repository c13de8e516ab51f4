import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FontFamily } from '../../../shared/model';

export type FontVariant = 'regular' | 'bold' | 'italic' | 'boldItalic';

const require = createRequire(import.meta.url);

const PACKAGES: Record<FontFamily, { pkg: string; prefix: string }> = {
  'Source Sans 3': { pkg: '@expo-google-fonts/source-sans-3', prefix: 'SourceSans3' },
  Merriweather: { pkg: '@expo-google-fonts/merriweather', prefix: 'Merriweather' },
};

const VARIANT_DIR: Record<FontVariant, string> = {
  regular: '400Regular',
  bold: '700Bold',
  italic: '400Regular_Italic',
  boldItalic: '700Bold_Italic',
};

/** Path of the open-licence TTF (from an npm package, never downloaded) for a brand font. */
export function fontFile(family: FontFamily, variant: FontVariant): string {
  const { pkg, prefix } = PACKAGES[family];
  const root = dirname(require.resolve(`${pkg}/package.json`));
  const dir = VARIANT_DIR[variant];
  return join(root, dir, `${prefix}_${dir}.ttf`);
}

/** What a DOCX names when the brand font is not installed on the reader's machine. */
export const FALLBACK_FONT: Record<FontFamily, string> = {
  'Source Sans 3': 'Arial',
  Merriweather: 'Georgia',
};
