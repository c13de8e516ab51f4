import type Database from 'better-sqlite3';
import { MAX_ASSET_BYTES, type AssetSummary, type ImageMime } from '../../../shared/model';
import { imageSizeProblem } from '../images/imageHeader';
import { badRequest, notFound } from './errors';
import { newId, now } from './rows';

interface AssetRow {
  id: string;
  name: string;
  mime_type: ImageMime;
  size: number;
  alt_text: string;
  decorative: number;
  created_at: string;
}

const toSummary = (r: AssetRow): AssetSummary => ({
  id: r.id,
  name: r.name,
  mimeType: r.mime_type,
  size: r.size,
  altText: r.alt_text,
  decorative: r.decorative === 1,
  createdAt: r.created_at,
});

const SUMMARY_COLUMNS = 'id, name, mime_type, length(bytes) AS size, alt_text, decorative, created_at';

export interface NewAsset {
  name: string;
  mimeType: ImageMime;
  bytes: Uint8Array;
  altText: string;
  decorative: boolean;
}

export class AssetRepo {
  constructor(private readonly db: Database.Database) {}

  list(): AssetSummary[] {
    return (this.db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM assets ORDER BY created_at, rowid`).all() as AssetRow[]).map(toSummary);
  }

  get(id: string): AssetSummary {
    const row = this.db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM assets WHERE id = ?`).get(id) as AssetRow | undefined;
    if (!row) throw notFound('image', id);
    return toSummary(row);
  }

  bytes(id: string): Buffer {
    const row = this.db.prepare('SELECT bytes FROM assets WHERE id = ?').get(id) as { bytes: Buffer } | undefined;
    if (!row) throw notFound('image', id);
    return row.bytes;
  }

  create(input: NewAsset, existing?: { id: string; createdAt: string }): AssetSummary {
    if (input.bytes.byteLength > MAX_ASSET_BYTES) {
      throw badRequest(
        `“${input.name}” is ${(input.bytes.byteLength / 1048576).toFixed(1)} MB; images may be at most ${MAX_ASSET_BYTES / 1048576} MB.`,
      );
    }
    const sizeProblem = imageSizeProblem(input.bytes);
    if (sizeProblem) throw badRequest(`“${input.name}” cannot be used: ${sizeProblem}.`);
    const id = existing?.id ?? newId();
    this.db
      .prepare('INSERT INTO assets (id, name, mime_type, bytes, alt_text, decorative, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(id, input.name, input.mimeType, Buffer.from(input.bytes), input.altText, input.decorative ? 1 : 0, existing?.createdAt ?? now());
    return this.get(id);
  }

  update(id: string, patch: { name?: string; altText?: string; decorative?: boolean }): AssetSummary {
    // A field present but undefined (an optional field sent empty) keeps its value.
    const given = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
    const next = { ...this.get(id), ...given };
    this.db
      .prepare('UPDATE assets SET name = ?, alt_text = ?, decorative = ? WHERE id = ?')
      .run(next.name, next.altText, next.decorative ? 1 : 0, id);
    return this.get(id);
  }

  delete(id: string): void {
    this.get(id);
    this.db.prepare('DELETE FROM assets WHERE id = ?').run(id);
  }
}
