import type Database from 'better-sqlite3';
import { Brand } from '../../../shared/model';
import { notFound } from './errors';
import { parseJson } from './rows';

export class BrandRepo {
  constructor(private readonly db: Database.Database) {}

  list(): Brand[] {
    const rows = this.db.prepare('SELECT id, data FROM brands ORDER BY name').all() as { id: string; data: string }[];
    return rows.map((r) => parseJson<Brand>(r.data, `brand ${r.id}`));
  }

  get(id: string): Brand {
    const row = this.db.prepare('SELECT data FROM brands WHERE id = ?').get(id) as { data: string } | undefined;
    if (!row) throw notFound('brand', id);
    return parseJson<Brand>(row.data, `brand ${id}`);
  }

  /** Inserts or replaces a brand by id. */
  save(brand: Brand): Brand {
    const valid = Brand.parse(brand);
    this.db
      .prepare('INSERT INTO brands (id, name, data) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name, data = excluded.data')
      .run(valid.id, valid.name, JSON.stringify(valid));
    return valid;
  }

  delete(id: string): void {
    this.get(id);
    this.db.prepare('DELETE FROM brands WHERE id = ?').run(id);
  }
}
