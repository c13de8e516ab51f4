import { PDFObject, type PDFRef } from 'pdf-lib';

/**
 * A PDF object already written out as syntax. The structure tree, link
 * annotations and bookmarks are thousands of small dictionaries; built as
 * pdf-lib objects, each costs a Map, name and number objects, and two passes
 * through iterators to size and copy it, which made writing them slower than
 * drawing the pages. The text is ASCII (text strings are escaped or hex), one
 * byte per character.
 */
export class RawObject extends PDFObject {
  constructor(private readonly syntax: string) {
    super();
  }

  override clone(): RawObject {
    return new RawObject(this.syntax);
  }

  override toString(): string {
    return this.syntax;
  }

  override sizeInBytes(): number {
    return this.syntax.length;
  }

  override copyBytesInto(buffer: Uint8Array, offset: number): number {
    const out = Buffer.isBuffer(buffer) ? buffer : Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    return out.write(this.syntax, offset, 'latin1');
  }
}

/** An indirect reference: "12 0 R". */
export const ref = (r: PDFRef): string => `${r.objectNumber} ${r.generationNumber} R`;

/** A number with at most two decimals, as content streams print them. */
export const num = (n: number): string => String(Math.round(n * 100) / 100);

const PRINTABLE = /^[\x20-\x7e]*$/;

/**
 * A text string: printable ASCII as a literal (PDFDocEncoding agrees with
 * ASCII there), anything else as UTF-16BE hex with a byte-order mark.
 */
export function text(value: string): string {
  if (PRINTABLE.test(value)) return `(${value.replace(/[()\\]/g, '\\$&')})`;
  let hex = '<FEFF';
  for (let i = 0; i < value.length; i++) hex += value.charCodeAt(i).toString(16).padStart(4, '0');
  return `${hex}>`;
}

/** A byte string such as a URI: ASCII as a literal, other characters as their UTF-8 bytes in hex. */
export function bytes(value: string): string {
  if (PRINTABLE.test(value)) return `(${value.replace(/[()\\]/g, '\\$&')})`;
  return `<${Buffer.from(value, 'utf8').toString('hex')}>`;
}
