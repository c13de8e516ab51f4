import type Database from 'better-sqlite3';
import { CHECKSUMS_TABLE, checksummedTables, keyOf, quoteName, quoteText, type ChecksummedTable } from './checksummedTables';
import { CHECKSUM_FUNCTION, rowChecksum } from './rowChecksum';

const PREFIX = 'casebook_checksum_';

/**
 * Registers the checksum function. It is direct-only: the temporary triggers below may call
 * it, but nothing stored in a project file (a hostile trigger or view) ever can.
 */
export function registerChecksumFunction(db: Database.Database): void {
  db.function(CHECKSUM_FUNCTION, { varargs: true, deterministic: true, directOnly: true }, (...values: unknown[]) => rowChecksum(values));
}

function triggersFor(table: ChecksummedTable): string {
  const target = `main.${quoteName(table.name)}`;
  const sums = `main.${quoteName(CHECKSUMS_TABLE)}`;
  const tbl = quoteText(table.name);
  const sum = `${CHECKSUM_FUNCTION}(${tbl}, ${table.columns.map((c) => `NEW.${quoteName(c)}`).join(', ')})`;
  const record = `INSERT OR REPLACE INTO ${sums} (tbl, row_key, sum) VALUES (${tbl}, ${keyOf(table, 'NEW.')}, ${sum});`;
  const forget = `DELETE FROM ${sums} WHERE tbl = ${tbl} AND row_key = ${keyOf(table, 'OLD.')};`;
  const name = (event: string) => quoteName(`${PREFIX}${table.name}_${event}`);
  return `
    CREATE TEMP TRIGGER ${name('insert')} AFTER INSERT ON ${target} BEGIN ${record} END;
    CREATE TEMP TRIGGER ${name('update')} AFTER UPDATE ON ${target} BEGIN ${forget} ${record} END;
    CREATE TEMP TRIGGER ${name('delete')} AFTER DELETE ON ${target} BEGIN ${forget} END;`;
}

/**
 * Keeps every row's sum current on every write, whoever writes (repositories, importers,
 * merges, cascades). The triggers are temporary, made per connection from the tables as they
 * are now, so they are never stored in the file and follow columns that migrations add.
 */
export function installChecksumTriggers(db: Database.Database): void {
  const existing = db
    .prepare("SELECT name FROM temp.sqlite_schema WHERE type = 'trigger' AND name GLOB ?")
    .pluck()
    .all(`${PREFIX}*`) as string[];
  for (const name of existing) db.exec(`DROP TRIGGER temp.${quoteName(name)}`);
  db.exec(checksummedTables(db).map(triggersFor).join('\n'));
}
