/** PRAGMA application_id of every Casebook project: "CSB1" in ASCII. */
export const APPLICATION_ID = 0x43534231;

export const PROJECT_EXTENSION = '.casebook';

export const SQLITE_HEADER = 'SQLite format 3\0';
