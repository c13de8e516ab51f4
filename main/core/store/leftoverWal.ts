import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OPEN_ELSEWHERE, invalidFile } from './errors';
import { findDamage } from './findDamage';
import { findWalDamage } from './findWalDamage';

/** The page size recorded in a database header (bytes 16–17; 1 stands for 65536). */
export const pageSizeOf = (header: Buffer) => (header.readUInt16BE(16) === 1 ? 65536 : header.readUInt16BE(16));

/**
 * Whether another program holds the project's lock. Asked read-only, so even a probe that
 * gets in writes nothing and checkpoints nothing on close.
 */
function lockedElsewhere(path: string, nativeBinding?: string): boolean {
  try {
    const probe = new Database(path, { readonly: true, fileMustExist: true, timeout: 0, nativeBinding });
    try {
      probe.pragma('locking_mode = EXCLUSIVE');
      probe.prepare('SELECT 1 FROM sqlite_schema').get();
    } finally {
      probe.close();
    }
    return false;
  } catch (error) {
    return String((error as { code?: unknown }).code).startsWith('SQLITE_BUSY');
  }
}

/**
 * A log of recent changes (-wal) is beside a project after a crash, or while another window
 * has it open (refused as busy, without a look). Opening replays the log and closing writes
 * it into the file, so a damaged project with a log could not be refused untouched. Instead
 * the log is checked frame by frame, then a copy of both is checked as an open would be; the
 * project is opened for real only if it passes. The copy costs time only after a crash.
 */
export function findLeftoverWalDamage(path: string, header: Buffer, nativeBinding?: string): string | null {
  const wal = `${path}-wal`;
  const size = statSync(wal, { throwIfNoEntry: false })?.size ?? 0;
  if (size === 0) return null;
  if (lockedElsewhere(path, nativeBinding)) throw invalidFile(path, OPEN_ELSEWHERE);
  const walProblem = findWalDamage(readFileSync(wal), pageSizeOf(header));
  if (walProblem) return walProblem;
  const scratch = mkdtempSync(join(tmpdir(), 'casebook-open-check-'));
  try {
    const copy = join(scratch, 'check.casebook');
    copyFileSync(path, copy);
    copyFileSync(wal, `${copy}-wal`);
    const db = new Database(copy, { fileMustExist: true, nativeBinding });
    try {
      db.pragma('locking_mode = EXCLUSIVE');
      return findDamage(db);
    } finally {
      db.close();
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
