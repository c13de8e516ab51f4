import type Database from 'better-sqlite3';
import { findChecksumDamage } from './checksums/findChecksumDamage';
import { CHECKSUMS_SINCE } from './migrations';

/** SQLite prefixes findings with "*** in database main ***" and a line break; a person needs neither. */
const plain = (finding: string) => finding.replace(/\*\*\* in database \w+ \*\*\*/g, '').replace(/\s+/g, ' ').trim();

/**
 * What is wrong with a project file, in words, or null. integrity_check proves the pages,
 * the b-trees and that every index agrees with its table (quick_check skips the last, and
 * a damaged index silently hides rows); the checksums prove the content of every row.
 * Only reads: safe on a file that must be left as it is.
 */
export function findDamage(db: Database.Database): string | null {
  const check = db.pragma('integrity_check(3)', { simple: false }) as { integrity_check: string }[];
  if (check.length !== 1 || check[0]!.integrity_check !== 'ok') {
    return check.map((r) => plain(r.integrity_check)).join('; ');
  }
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version >= CHECKSUMS_SINCE) return findChecksumDamage(db);
  const sums = db.prepare("SELECT 1 FROM main.sqlite_schema WHERE name = 'checksums'").get();
  return sums ? `its format number (${version}) does not match its contents` : null;
}
