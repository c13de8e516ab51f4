import type Database from 'better-sqlite3';

/** The schema's entries as checksummed: the root page is left out, since VACUUM INTO moves it. */
export const schemaEntries = (db: Database.Database) =>
  db.prepare('SELECT json_array(type, name) AS key, type, name, tbl_name, sql FROM main.sqlite_schema ORDER BY name').raw().all() as [
    string,
    string,
    string,
    string,
    string | null,
  ][];
