import type Database from 'better-sqlite3';
import { installChecksumTriggers } from './checksumTriggers';
import { CHECKSUMS_TABLE, SCHEMA_KEY, checksummedTables, keyOf, quoteName } from './checksummedTables';
import { CHECKSUM_FUNCTION, rowChecksum } from './rowChecksum';
import { schemaEntries } from './schemaEntries';

/**
 * Writes the sum of every row and schema entry afresh, and installs the triggers that keep
 * them current. Run inside the transaction that changed the schema (a migration, a review
 * copy's baseline table), once the file has been checked: it would otherwise bless damage.
 */
export function sealChecksums(db: Database.Database): void {
  installChecksumTriggers(db);
  const sums = quoteName(CHECKSUMS_TABLE);
  db.exec(`DELETE FROM ${sums}`);
  for (const table of checksummedTables(db)) {
    const values = table.columns.map((c) => `t.${quoteName(c)}`).join(', ');
    db.prepare(
      `INSERT INTO ${sums} (tbl, row_key, sum) SELECT ?, ${keyOf(table, 't.')}, ${CHECKSUM_FUNCTION}(?, ${values}) FROM main.${quoteName(table.name)} AS t`,
    ).run(table.name, table.name);
  }
  const insert = db.prepare(`INSERT INTO ${sums} (tbl, row_key, sum) VALUES (?, ?, ?)`);
  for (const [key, ...entry] of schemaEntries(db)) insert.run(SCHEMA_KEY, key, rowChecksum(entry));
}
