import { randomUUID } from 'node:crypto';

/** A new font key as Word writes it in w:fontKey: a GUID in braces, upper case. */
export const newFontKey = () => `{${randomUUID().toUpperCase()}}`;

/**
 * The key's 16 bytes in the order the obfuscation uses them: the GUID's 32 hex
 * digits read as bytes from the last pair to the first (ECMA-376 Part 1,
 * §17.8.1: the GUID's bytes reversed, as Word and LibreOffice read them).
 */
function keyBytes(fontKey: string): Uint8Array {
  const hex = fontKey.replace(/[{}-]/g, '');
  if (!/^[0-9A-Fa-f]{32}$/.test(hex)) throw new Error(`Not a font key: ${fontKey}`);
  const bytes = new Uint8Array(16);
  for (let i = 0; i < 16; i++) bytes[i] = parseInt(hex.slice(30 - 2 * i, 32 - 2 * i), 16);
  return bytes;
}

/**
 * An embedded font part (word/fonts/*.odttf): the font file with its first 32
 * bytes XORed with the key's bytes (twice over), the rest as it is. The same
 * operation undoes it.
 */
export function obfuscateFont(font: Uint8Array, fontKey: string): Uint8Array {
  const key = keyBytes(fontKey);
  const out = new Uint8Array(font);
  for (let i = 0; i < Math.min(32, out.length); i++) out[i] = out[i]! ^ key[i % 16]!;
  return out;
}
