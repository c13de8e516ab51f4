/**
 * Damage in a write-ahead log that SQLite would pass over in silence. SQLite reads a log
 * frame by frame and stops at the first frame whose checksum fails, as it must for a write
 * cut short by a crash; but a frame damaged later by the disk stops it too, and every
 * transaction after it is dropped without a word. With synchronous=FULL each commit is on
 * disk before the next transaction writes a frame, so a frame of this round of the log
 * (its salts match) found after the break and after a commit is proof that the break is
 * damage to a saved transaction, not an unfinished write. Damage inside the last
 * transaction cannot be told from a write cut short, and loses that transaction, as SQLite does.
 *
 * Format: https://www.sqlite.org/fileformat2.html#walformat
 */
const HEADER = 32;
const FRAME_HEADER = 24;

type Sum = [number, number];

/** SQLite's WAL checksum: pairs of 32-bit words, in the byte order the magic number names. */
function walChecksum(bytes: Buffer, bigEndian: boolean, [s0, s1]: Sum): Sum {
  const word = (at: number) => (bigEndian ? bytes.readUInt32BE(at) : bytes.readUInt32LE(at));
  for (let at = 0; at + 8 <= bytes.length; at += 8) {
    s0 = (s0 + word(at) + s1) >>> 0;
    s1 = (s1 + word(at + 4) + s0) >>> 0;
  }
  return [s0, s1];
}

const sumsEqual = (a: Sum, b: Sum) => a[0] === b[0] && a[1] === b[1];

/** @param pageSize the database's page size, taken from its own header: the log's copy may be the damaged part. */
export function findWalDamage(wal: Buffer, pageSize: number): string | null {
  if (wal.length < HEADER) return null;
  // A damaged magic number leaves the byte order unknown: little-endian is what the machines we ship to write.
  const bigEndian = wal.readUInt32BE(0) === 0x377f0683;
  const frameSize = FRAME_HEADER + pageSize;
  const stored = (at: number): Sum => [wal.readUInt32BE(at), wal.readUInt32BE(at + 4)];
  const magicKnown = [0x377f0682, 0x377f0683].includes(wal.readUInt32BE(0)) && wal.readUInt32BE(8) === pageSize;
  let chainIntact = magicKnown && sumsEqual(walChecksum(wal.subarray(0, 24), bigEndian, [0, 0]), stored(24));
  // With the header itself damaged, the first frame still tells which round of the log this is.
  const salts = chainIntact || wal.length < HEADER + FRAME_HEADER ? wal.subarray(16, 24) : wal.subarray(HEADER + 8, HEADER + 16);
  let brokenAtCommit = false;
  let previous = stored(24);
  for (let at = HEADER, frame = 1; at + frameSize <= wal.length; at += frameSize, frame++) {
    const header = wal.subarray(at, at + FRAME_HEADER);
    const sum = walChecksum(wal.subarray(at + FRAME_HEADER, at + frameSize), bigEndian, walChecksum(header.subarray(0, 8), bigEndian, previous));
    // A frame from an earlier round of the log (before a checkpoint restarted it) has other salts and is not part of this one.
    const thisRound = header.subarray(8, 16).equals(salts);
    const valid = thisRound && sumsEqual(sum, stored(at + 16));
    const commit = header.readUInt32BE(4) !== 0;
    if (brokenAtCommit && thisRound) {
      return `its log of recent changes (-wal) is damaged before frame ${frame}, and opening it would drop changes that had been saved`;
    }
    if (!valid) chainIntact = false;
    if (!chainIntact && commit) brokenAtCommit = true;
    previous = stored(at + 16);
  }
  return null;
}
