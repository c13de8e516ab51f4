import type Database from 'better-sqlite3';

/** Holds one sum per row of every other table, and one per entry of the schema. */
export const CHECKSUMS_TABLE = 'checksums';
/** The `tbl` under which the schema's own entries are summed. */
export const SCHEMA_KEY = 'sqlite_schema';

export interface ChecksummedTable {
  name: string;
  /** Every column, in the order SQLite stores them, so a column added later is covered too. */
  columns: string[];
  /** The primary key: rows are matched to their sums by it, since VACUUM may renumber rowids. */
  key: string[];
}

export const quoteName = (name: string) => `"${name.replace(/"/g, '""')}"`;
export const quoteText = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** SQL for a row's key as stored in checksums.row_key: a JSON array of its primary key values. */
export const keyOf = (table: ChecksummedTable, prefix: string) => `json_array(${table.key.map((k) => `${prefix}${quoteName(k)}`).join(', ')})`;

/** Every table of the project except SQLite's own and the checksums themselves. */
export function checksummedTables(db: Database.Database): ChecksummedTable[] {
  const names = db
    .prepare("SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name <> ? ORDER BY name")
    .pluck()
    .all(CHECKSUMS_TABLE) as string[];
  return names.map((name) => {
    const info = db.prepare('SELECT name, pk FROM pragma_table_info(?) ORDER BY cid').all(name) as { name: string; pk: number }[];
    const key = info.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
    if (key.length === 0) throw new Error(`table ${name} has no primary key, so its rows cannot be checksummed`);
    return { name, columns: info.map((c) => c.name), key };
  });
}
