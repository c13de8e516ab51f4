import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { APPLICATION_ID, SQLITE_HEADER } from '../store/format';
import { CasebookFailure } from '../store/errors';
import { findDamage } from '../store/findDamage';
import type { Project } from '../store/project';

/** How many backups a project keeps; older ones are removed after each new one. */
export const KEEP_BACKUPS = 5;
export const BACKUP_EXTENSION = '.casebook';
/** Written beside the backups so a damaged project, whose report id cannot be read, still finds them. */
const SOURCE_FILE = 'source.json';

export interface BackupEntry {
  path: string;
  /** When the backup was taken (ISO 8601). */
  createdAt: string;
  size: number;
}

/** 2026-11-25T11:33:02.459Z → 2026-11-25T11-33-02-459Z: sorts by time and is a valid name everywhere. */
const stampOf = (date: Date) => date.toISOString().replace(/[:.]/g, '-');
const STAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:-\d+)?\.casebook$/;

function entryOf(folder: string, name: string): BackupEntry | null {
  const match = STAMP.exec(name);
  if (!match) return null;
  const [, day, h, m, s, ms] = match;
  const path = join(folder, name);
  return { path, createdAt: `${day}T${h}:${m}:${s}.${ms}Z`, size: statSync(path).size };
}

/** The finished backups in a folder, newest first; half-written ones (.partial) are not listed. */
export function listBackups(folder: string): BackupEntry[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .sort()
    .reverse()
    .map((name) => entryOf(folder, name))
    .filter((entry): entry is BackupEntry => entry !== null);
}

/**
 * Takes a backup with SQLite's backup API (a consistent copy even while the project is being
 * written) into the folder, named by time, and keeps only the newest `keep`.
 */
export async function backupProject(project: Project, folder: string, options: { now?: Date; keep?: number } = {}): Promise<BackupEntry> {
  mkdirSync(folder, { recursive: true });
  const stamp = stampOf(options.now ?? new Date());
  let name = `${stamp}${BACKUP_EXTENSION}`;
  for (let n = 2; existsSync(join(folder, name)); n++) name = `${stamp}-${n}${BACKUP_EXTENSION}`;
  writeFileSync(join(folder, SOURCE_FILE), JSON.stringify({ projectPath: resolve(project.path), reportId: project.meta.get().reportId }));
  await project.backupTo(join(folder, name));
  // A backup cut short (the app was killed mid-copy) leaves a .partial file that no list shows.
  for (const stale of readdirSync(folder).filter((file) => file.endsWith('.partial'))) rmSync(join(folder, stale), { force: true });
  for (const old of listBackups(folder).slice(options.keep ?? KEEP_BACKUPS)) rmSync(old.path, { force: true });
  return entryOf(folder, name)!;
}

/** The backup folders under a root that were made from the project at this path. */
export function backupFoldersFor(root: string, projectPath: string): string[] {
  if (!existsSync(root)) return [];
  const wanted = resolve(projectPath);
  return readdirSync(root)
    .map((name) => join(root, name))
    .filter((folder) => {
      try {
        const source = JSON.parse(readFileSync(join(folder, SOURCE_FILE), 'utf8')) as { projectPath?: unknown };
        return source.projectPath === wanted;
      } catch {
        return false;
      }
    });
}

/**
 * Checks a backup without touching it: a copy in a temporary folder is opened read-only and
 * must be a Casebook project that passes the same checks as an open (integrity and checksums).
 */
export function isGoodBackup(path: string): boolean {
  const scratch = mkdtempSync(join(tmpdir(), 'casebook-backup-check-'));
  try {
    const copy = join(scratch, 'check.casebook');
    copyFileSync(path, copy);
    const header = readFileSync(copy).subarray(0, 100);
    if (header.length < 100 || header.subarray(0, 16).toString('latin1') !== SQLITE_HEADER) return false;
    if (header.readUInt32BE(68) !== APPLICATION_ID) return false;
    const db = new Database(copy, { readonly: true, fileMustExist: true });
    try {
      return findDamage(db) === null;
    } finally {
      db.close();
    }
  } catch {
    return false;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The newest backup that passes the checks, across every backup folder made from this project. */
export function latestGoodBackup(root: string, projectPath: string): BackupEntry | null {
  const candidates = backupFoldersFor(root, projectPath)
    .flatMap(listBackups)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return candidates.find((entry) => isGoodBackup(entry.path)) ?? null;
}

/**
 * Copies a backup to a new file for the writer to work on: the damaged project and the backup
 * both stay as they were, so nothing is lost whichever turns out to be wanted.
 */
export function restoreBackupTo(backupPath: string, destination: string): void {
  if (existsSync(destination)) throw new CasebookFailure('conflict', `“${destination}” already exists; choose another name.`);
  if (!isGoodBackup(backupPath)) throw new CasebookFailure('invalid-file', `The backup “${backupPath}” is damaged too; choose another.`);
  const partial = `${destination}.partial`;
  copyFileSync(backupPath, partial);
  renameSync(partial, destination);
}
