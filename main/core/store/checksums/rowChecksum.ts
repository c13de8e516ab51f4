import { crc32 } from 'node:zlib';

/** The SQL function the checksum triggers call; registered on every connection that writes a project. */
export const CHECKSUM_FUNCTION = 'casebook_checksum';

/** Each value is preceded by its kind (and length), so moving a byte between two columns changes the sum. */
const NULL = 0;
const NUMBER = 1;
const TEXT = 2;
const BLOB = 3;
const BIGINT = 4;

/**
 * CRC-32 of a row's values, as better-sqlite3 hands them over (null, number, bigint, string,
 * Buffer). CRC-32 catches every burst of damage up to 32 bits and anything else but one
 * change in 4 billion; zlib computes it at gigabytes a second, so images cost little to check.
 */
export function rowChecksum(values: readonly unknown[]): number {
  const head = Buffer.alloc(9);
  let sum = 0;
  for (const value of values) {
    if (value === null || value === undefined) {
      head[0] = NULL;
      sum = crc32(head.subarray(0, 1), sum);
    } else if (typeof value === 'number') {
      head[0] = NUMBER;
      head.writeDoubleLE(value, 1);
      sum = crc32(head, sum);
    } else if (typeof value === 'bigint') {
      head[0] = BIGINT;
      head.writeBigInt64LE(value, 1);
      sum = crc32(head, sum);
    } else if (typeof value === 'string') {
      head[0] = TEXT;
      head.writeUInt32LE(value.length, 1);
      sum = crc32(value, crc32(head.subarray(0, 5), sum));
    } else if (value instanceof Uint8Array) {
      head[0] = BLOB;
      head.writeUInt32LE(value.byteLength, 1);
      sum = crc32(value, crc32(head.subarray(0, 5), sum));
    } else {
      throw new TypeError(`cannot checksum a value of type ${typeof value}`);
    }
  }
  return sum;
}
