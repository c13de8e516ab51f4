import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fontFile } from '../../brand/fontFiles';
import { readTables } from '../pdf/fonts/ttfTables';
import { embeddingRefusal } from './fontPermissions';

const regular = readFileSync(fontFile('Source Sans 3', 'regular'));

/** The font with its OS/2 fsType changed. */
function withFsType(fsType: number): Buffer {
  const copy = Buffer.from(regular);
  const os2 = readTables(copy).get('OS/2')!;
  copy.writeUInt16BE(fsType, os2.byteOffset + 8);
  return copy;
}

/** The font with its licence text and URL (name IDs 13 and 14) blanked. */
function withoutLicence(): Buffer {
  const copy = Buffer.from(regular);
  const name = readTables(copy).get('name')!;
  const at = name.byteOffset;
  for (let i = 0; i < copy.readUInt16BE(at + 2); i++) {
    const record = at + 6 + i * 12;
    if (![13, 14].includes(copy.readUInt16BE(record + 6))) continue;
    const start = at + copy.readUInt16BE(at + 4) + copy.readUInt16BE(record + 10);
    copy.fill(0x20, start, start + copy.readUInt16BE(record + 8));
  }
  return copy;
}

describe('whether a font may be embedded', () => {
  it('allows every face of the brand fonts: open licence, installable', () => {
    for (const family of ['Source Sans 3', 'Merriweather'] as const) {
      for (const face of ['regular', 'bold', 'italic', 'boldItalic'] as const) expect(embeddingRefusal(readFileSync(fontFile(family, face)))).toBeNull();
    }
  });

  it('allows editable embedding, also when a more restrictive bit is set beside it', () => {
    expect(embeddingRefusal(withFsType(0x0008))).toBeNull();
    expect(embeddingRefusal(withFsType(0x000c))).toBeNull();
    // No subsetting: the DOCX embeds fonts whole.
    expect(embeddingRefusal(withFsType(0x0100))).toBeNull();
  });

  it('refuses restricted, preview-and-print and bitmap-only fonts, saying why', () => {
    expect(embeddingRefusal(withFsType(0x0002))).toMatch(/does not allow embedding in an editable document \(OS\/2 fsType 0x0002\)/);
    expect(embeddingRefusal(withFsType(0x0004))).toMatch(/fsType 0x0004/);
    expect(embeddingRefusal(withFsType(0x0200))).toMatch(/bitmaps only/);
  });

  it('refuses a font that does not state an open licence', () => {
    expect(embeddingRefusal(withoutLicence())).toBe('it is not under an open licence');
  });
});
