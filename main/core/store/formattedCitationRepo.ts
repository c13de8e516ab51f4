import type Database from 'better-sqlite3';

/** What a stored text is: one bibliography entry, one in-text label, or a whole bibliography with its labels. */
export type FormattedKind = 'entry' | 'label' | 'bibliography';

export interface FormattedText {
  /** A hash of everything the text depends on (citations/formattingKeys.ts). */
  key: string;
  /** The report's citation style the text was made for. */
  style: string;
  kind: FormattedKind;
  text: string;
}

export type StoredKey = Omit<FormattedText, 'text'>;

/**
 * Formatted citation text kept in the project file. The store only keeps and hands back
 * text by key; what a key means, and when text is formatted or dropped, is the
 * citations layer's business.
 */
export class FormattedCitationRepo {
  constructor(private readonly db: Database.Database) {}

  /** The texts held for these keys; keys without one are left out. */
  find(keys: readonly string[]): Map<string, string> {
    if (!keys.length) return new Map();
    const rows = this.db
      .prepare('SELECT key, text FROM formatted_citations WHERE key IN (SELECT value FROM json_each(?))')
      .raw()
      .all(JSON.stringify(keys)) as [string, string][];
    return new Map(rows);
  }

  /**
   * What formatted citations are made from besides the sections: the report's citation
   * style and every reference as stored. Equal strings mean nothing they show has changed.
   */
  sources(): string {
    const style = this.db.prepare("SELECT json_extract(data, '$.citationStyle') FROM report").pluck().get() as string | undefined;
    const refs = this.db.prepare("SELECT json_group_array(json_array(id, csl)) FROM (SELECT id, csl FROM refs ORDER BY id)").pluck().get() as string;
    return `${style ?? ''}\u0000${refs}`;
  }

  keys(): StoredKey[] {
    return this.db.prepare('SELECT key, style, kind FROM formatted_citations').all() as StoredKey[];
  }

  /** Adds texts; a key already held keeps its row, since a key determines its text. */
  add(texts: readonly FormattedText[]): void {
    const insert = this.db.prepare('INSERT INTO formatted_citations (key, style, kind, text) VALUES (?, ?, ?, ?) ON CONFLICT (key) DO NOTHING');
    this.db.transaction(() => {
      for (const t of texts) insert.run(t.key, t.style, t.kind, t.text);
    })();
  }

  delete(keys: readonly string[]): void {
    if (!keys.length) return;
    this.db.prepare('DELETE FROM formatted_citations WHERE key IN (SELECT value FROM json_each(?))').run(JSON.stringify(keys));
  }
}
