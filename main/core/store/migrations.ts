/** Content checksums (store/checksums): every row's sum, written by sealChecksums after each migration. */
const CREATE_CHECKSUMS = `
  CREATE TABLE checksums (
    tbl TEXT NOT NULL,
    row_key TEXT NOT NULL,
    sum INTEGER NOT NULL,
    PRIMARY KEY (tbl, row_key)
  ) WITHOUT ROWID;
  `;

/**
 * Ordered schema migrations. Entry i brings a project from user_version i to i + 1;
 * never edit a shipped entry, only append.
 */
export const migrations: string[] = [
  `
  CREATE TABLE report (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    report_id TEXT NOT NULL,
    data TEXT NOT NULL
  );
  CREATE TABLE sections (
    id TEXT PRIMARY KEY,
    parent_id TEXT REFERENCES sections(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    content TEXT NOT NULL,
    review_status TEXT NOT NULL,
    words INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX sections_parent ON sections(parent_id, position);
  CREATE TABLE snapshots (
    id TEXT PRIMARY KEY,
    section_id TEXT NOT NULL REFERENCES sections(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    content TEXT NOT NULL,
    label TEXT NOT NULL,
    author TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE INDEX snapshots_section ON snapshots(section_id, created_at);
  CREATE TABLE findings (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    code TEXT NOT NULL,
    title TEXT NOT NULL,
    statement TEXT NOT NULL,
    themes TEXT NOT NULL,
    evidence_notes TEXT NOT NULL
  );
  CREATE TABLE safety_items (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    code TEXT NOT NULL,
    text TEXT NOT NULL,
    addressee TEXT NOT NULL,
    finding_id TEXT REFERENCES findings(id) ON DELETE SET NULL,
    status TEXT NOT NULL
  );
  CREATE TABLE refs (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    csl TEXT NOT NULL
  );
  CREATE TABLE comments (
    id TEXT PRIMARY KEY,
    section_id TEXT NOT NULL REFERENCES sections(id) ON DELETE CASCADE,
    parent_id TEXT REFERENCES comments(id) ON DELETE CASCADE,
    anchor TEXT,
    quoted_text TEXT NOT NULL,
    author TEXT NOT NULL,
    author_initials TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    resolved INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX comments_section ON comments(section_id);
  CREATE TABLE assets (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    bytes BLOB NOT NULL,
    alt_text TEXT NOT NULL,
    decorative INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
  );
  CREATE TABLE brands (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    data TEXT NOT NULL
  );
  `,
  CREATE_CHECKSUMS,
  // Sections are deleted softly (SectionRepo.delete) and purged days later (deletedSections.ts).
  `ALTER TABLE sections ADD COLUMN deleted_at TEXT;`,
  // Text citeproc-js made, kept so a fresh process need not format again (citations/formattedEntryCache.ts).
  // The key is a hash of everything the text depends on, so a key never names stale text.
  `
  CREATE TABLE formatted_citations (
    key TEXT PRIMARY KEY,
    style TEXT NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL
  );
  `,
];

export const SCHEMA_VERSION = migrations.length;

/** The first user_version whose files carry checksums; older files get theirs when migrated. */
export const CHECKSUMS_SINCE = migrations.indexOf(CREATE_CHECKSUMS) + 1;
