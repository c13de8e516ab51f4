import type Database from 'better-sqlite3';
import { CHECKSUMS_TABLE, SCHEMA_KEY, checksummedTables, keyOf, quoteName, type ChecksummedTable } from './checksummedTables';
import { damagedRecordName } from './damagedRecordName';
import { rowChecksum } from './rowChecksum';
import { schemaEntries } from './schemaEntries';

const sqliteMessage = (error: unknown) => (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ');

/** The first row of a table whose sum is missing or wrong, named for a person; rows checked are counted. */
function damagedRow(db: Database.Database, table: ChecksummedTable, counted: { rows: number }): string | null {
  const values = table.columns.map((c) => `t.${quoteName(c)}`).join(', ');
  const rows = db
    .prepare(
      `SELECT s.sum, ${values} FROM main.${quoteName(table.name)} AS t
       LEFT JOIN main.${quoteName(CHECKSUMS_TABLE)} AS s ON s.tbl = ? AND s.row_key = ${keyOf(table, 't.')}`,
    )
    .raw();
  try {
    for (const [stored, ...row] of rows.iterate(table.name) as Iterable<unknown[]>) {
      counted.rows++;
      if (stored === rowChecksum([table.name, ...row])) continue;
      const named = damagedRecordName(table.name, Object.fromEntries(table.columns.map((c, i) => [c, row[i]])));
      return stored === null ? `${named} has no checksum` : `${named} does not match its checksum`;
    }
  } catch (error) {
    return `the ${table.name} table cannot be read: ${sqliteMessage(error)}`;
  }
  return null;
}

/**
 * Checks every row and schema entry against the sum stored when it was written, reading
 * only: a byte changed by a failing disk, a copy cut short or an edit outside Casebook is
 * found even where SQLite's own structure checks pass. Null when all is well.
 */
export function findChecksumDamage(db: Database.Database): string | null {
  const counted = { rows: 0 };
  const stored = db.prepare(`SELECT row_key, sum FROM main.${quoteName(CHECKSUMS_TABLE)} WHERE tbl = ?`).raw().all(SCHEMA_KEY) as [string, number][];
  const schemaSums = new Map(stored);
  for (const [key, ...entry] of schemaEntries(db)) {
    counted.rows++;
    if (schemaSums.get(key) !== rowChecksum(entry)) {
      const [type, name] = JSON.parse(key) as [string, string];
      return `the definition of ${type} ${name} does not match its checksum`;
    }
  }
  for (const table of checksummedTables(db)) {
    const problem = damagedRow(db, table, counted);
    if (problem) return problem;
  }
  const sums = db.prepare(`SELECT count(*) FROM main.${quoteName(CHECKSUMS_TABLE)}`).pluck().get() as number;
  // Every row found its own sum above; a sum left over belongs to a record that is gone.
  if (sums !== counted.rows) return `${sums - counted.rows} record(s) are missing (their checksums remain)`;
  return null;
}
