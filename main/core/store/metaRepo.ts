import type Database from 'better-sqlite3';
import { ReportMeta, type ReportMetaPatch } from '../../../shared/model';
import { parseJson } from './rows';

export class MetaRepo {
  constructor(private readonly db: Database.Database) {}

  get(): ReportMeta {
    const row = this.db.prepare('SELECT data FROM report WHERE id = 1').get() as { data: string } | undefined;
    if (!row) throw new Error('the project has no report record');
    return parseJson<ReportMeta>(row.data, 'report metadata');
  }

  init(meta: ReportMeta): void {
    this.db
      .prepare('INSERT INTO report (id, report_id, data) VALUES (1, ?, ?)')
      .run(meta.reportId, JSON.stringify(ReportMeta.parse(meta)));
  }

  update(patch: ReportMetaPatch): ReportMeta {
    const next = ReportMeta.parse({ ...this.get(), ...patch });
    this.db.prepare('UPDATE report SET data = ? WHERE id = 1').run(JSON.stringify(next));
    return next;
  }
}
