import { readTables } from '../pdf/fonts/ttfTables';

/** Licences under which a font may travel inside the documents made with it. */
const OPEN_LICENCE = /Open Font License|scripts\.sil\.org\/OFL|openfontlicense\.org|Apache License/i;

/** OS/2 fsType: usage bits 0–3 (one of restricted 0x2, preview and print 0x4, editable 0x8; none for installable); 0x200 bitmap only. */
const USAGE = 0x000f;
const EDITABLE = 0x0008;
const BITMAP_ONLY = 0x0200;

/** The font's licence text and URL (name IDs 13 and 14), from Windows (UTF-16BE) or Mac Roman records. */
function licenceText(name: Uint8Array): string {
  const view = new DataView(name.buffer, name.byteOffset, name.byteLength);
  const count = view.getUint16(2);
  const strings = view.getUint16(4);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const at = 6 + i * 12;
    const platform = view.getUint16(at);
    const nameId = view.getUint16(at + 6);
    if (nameId !== 13 && nameId !== 14) continue;
    const bytes = name.subarray(strings + view.getUint16(at + 10), strings + view.getUint16(at + 10) + view.getUint16(at + 8));
    if (platform === 3 || platform === 0) out.push(Buffer.from(bytes).swap16().toString('utf16le'));
    else if (platform === 1) out.push(Buffer.from(bytes).toString('latin1'));
  }
  return out.join('\n');
}

/**
 * Why a TrueType font may not be embedded in an editable document, or null
 * when it may: it must be under an open licence, and its OS/2 fsType must
 * allow installable or editable embedding of its outlines (preview-and-print
 * embedding would make Word open the report read-only). With more than one
 * usage bit set, the least restrictive applies, as the OpenType spec says.
 */
export function embeddingRefusal(font: Uint8Array): string | null {
  const tables = readTables(font);
  const name = tables.get('name');
  if (!name || !OPEN_LICENCE.test(licenceText(name))) return 'it is not under an open licence';
  const os2 = tables.get('OS/2');
  if (!os2) return 'it has no OS/2 table stating whether it may be embedded';
  const fsType = new DataView(os2.buffer, os2.byteOffset, os2.byteLength).getUint16(8);
  const hex = `0x${fsType.toString(16).padStart(4, '0')}`;
  if (fsType & BITMAP_ONLY) return `its licence allows embedding bitmaps only (OS/2 fsType ${hex})`;
  const usage = fsType & USAGE;
  if (usage !== 0 && !(usage & EDITABLE)) return `its licence does not allow embedding in an editable document (OS/2 fsType ${hex})`;
  return null;
}
