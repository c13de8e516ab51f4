import Database from 'better-sqlite3';
import { accessSync, closeSync, constants, openSync, readSync, statSync } from 'node:fs';
import { APPLICATION_ID, SQLITE_HEADER } from './format';
import { SCHEMA_VERSION, migrations } from './migrations';
import { CasebookFailure, OPEN_ELSEWHERE, invalidFile } from './errors';
import { installChecksumTriggers, registerChecksumFunction } from './checksums/checksumTriggers';
import { sealChecksums } from './checksums/sealChecksums';
import { findDamage } from './findDamage';
import { findLeftoverWalDamage } from './leftoverWal';

export interface OpenOptions {
  /** Path of a better_sqlite3.node built for the running runtime (Electron's ABI in the desktop app). */
  nativeBinding?: string;
}

type Db = Database.Database;

/** Reads the 100-byte SQLite header without opening the file through SQLite, so a foreign file is never touched. */
function readHeader(path: string): Buffer {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw invalidFile(path, 'the file does not exist.');
  }
  if (!stat.isFile()) throw invalidFile(path, 'it is a folder, not a project file.');
  if (stat.size < 100) throw invalidFile(path, 'it is not a Casebook project (the file is empty or too short).');
  const fd = openSync(path, 'r');
  try {
    const header = Buffer.alloc(100);
    readSync(fd, header, 0, 100, 0);
    return header;
  } finally {
    closeSync(fd);
  }
}

function checkHeader(path: string, header: Buffer): void {
  if (header.subarray(0, 16).toString('latin1') !== SQLITE_HEADER) {
    throw invalidFile(path, 'it is not a Casebook project (not a SQLite database).');
  }
  if (header.readUInt32BE(68) !== APPLICATION_ID) {
    throw invalidFile(path, 'it is a SQLite database, but not a Casebook project.');
  }
  const version = header.readUInt32BE(60);
  if (version > SCHEMA_VERSION) {
    throw invalidFile(
      path,
      `it was written by a newer version of Casebook (file format ${version}; this version reads up to ${SCHEMA_VERSION}). Update Casebook to open it.`,
    );
  }
}

/**
 * A project is edited in place, so it must be writable. SQLite would open a read-only file
 * anyway and then fail to lock it with a bare "disk I/O error".
 */
function assertWritable(path: string): void {
  try {
    accessSync(path, constants.W_OK);
  } catch {
    throw new CasebookFailure(
      'read-only',
      `Cannot open “${path}”: the file is read-only. Save a copy where you can write, or change its permissions, then open it again.`,
    );
  }
}

function describeSqliteError(error: unknown): string {
  // A damaged schema makes SQLite quote SQL with its line breaks; the message must stay one short line.
  const raw = error instanceof Error ? error.message : String(error);
  const flat = raw.replace(/\s+/g, ' ').trim();
  const message = flat.length > 200 ? `${flat.slice(0, 200)}…` : flat;
  const code = (error as { code?: string }).code ?? '';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return OPEN_ELSEWHERE;
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return `the file is damaged (${message}).`;
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_PERM') || code.startsWith('SQLITE_READONLY')) {
    return `the file cannot be opened for writing (${message}).`;
  }
  return `the file could not be read (${message}).`;
}

function configure(db: Db): void {
  // Exclusive locking holds the file lock for the whole session: a second writer is refused
  // instead of interleaving, and WAL then needs no -shm file beside the project.
  db.pragma('locking_mode = EXCLUSIVE');
  db.pragma('foreign_keys = ON');
  db.pragma('trusted_schema = OFF');
  // The checksum triggers live in the temp schema; kept in memory, they leave no file anywhere.
  db.pragma('temp_store = MEMORY');
  registerChecksumFunction(db);
}

function enterWal(db: Db): void {
  db.pragma('journal_mode = WAL');
  // better-sqlite3 leaves WAL at NORMAL; FULL makes every acknowledged commit durable.
  db.pragma('synchronous = FULL');
}

/**
 * Brings the file to the current format in one transaction, with the checksums of every row
 * rewritten (a migration may add columns, which change the sums), so an interrupted upgrade
 * leaves the file as it was. Without migrations, only the checksum triggers are installed.
 */
function migrate(db: Db, from: number): void {
  if (from === SCHEMA_VERSION) {
    installChecksumTriggers(db);
    return;
  }
  db.transaction(() => {
    for (let version = from; version < SCHEMA_VERSION; version++) db.exec(migrations[version]!);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
    sealChecksums(db);
  })();
}

/** Opens an existing project, checking it before anything is written; on any problem the file is left as it was. */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  const header = readHeader(path);
  checkHeader(path, header);
  assertWritable(path);
  let db: Db | undefined;
  try {
    const walDamage = findLeftoverWalDamage(path, header, options.nativeBinding);
    if (walDamage) throw invalidFile(path, `the file is damaged (${walDamage}).`);
    db = new Database(path, { fileMustExist: true, timeout: 200, nativeBinding: options.nativeBinding });
    configure(db);
    // Reading takes the exclusive lock (or fails if another process holds it) before any check or write.
    const damage = findDamage(db);
    if (damage) throw invalidFile(path, `the file is damaged (${damage}).`);
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) throw invalidFile(path, 'it was written by a newer version of Casebook.');
    migrate(db, version);
    enterWal(db);
    return db;
  } catch (error) {
    db?.close();
    if (error instanceof CasebookFailure) throw error;
    throw invalidFile(path, describeSqliteError(error));
  }
}

/** Creates a new, empty project file; refuses to replace an existing file. */
export function createDatabase(path: string, options: OpenOptions = {}): Db {
  let exists = true;
  try {
    statSync(path);
  } catch {
    exists = false;
  }
  if (exists) throw new CasebookFailure('conflict', `“${path}” already exists; choose another name.`);
  const db = new Database(path, { timeout: 200, nativeBinding: options.nativeBinding });
  try {
    configure(db);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, 0);
    enterWal(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Checkpoints and closes, so nothing but the project file itself is left at rest. */
export function closeDatabase(db: Db): void {
  if (!db.open) return;
  try {
    if (!db.readonly) db.pragma('wal_checkpoint(TRUNCATE)');
  } catch (error) {
    // A file that was in rollback mode when opened (a VACUUM INTO copy, a restored backup) refuses
    // this checkpoint as "table is locked"; closing the last connection checkpoints and removes the WAL anyway.
    if (!String((error as { code?: unknown }).code).startsWith('SQLITE_LOCKED')) {
      db.close();
      throw error;
    }
  }
  db.close();
}
