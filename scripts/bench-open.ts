/**
 * What checking a project on open costs (CPU time, median of 5): SQLite's quick_check and
 * integrity_check, the content checksums, a whole open; then the same after a crash, when a
 * log of recent changes (-wal) is checked on a copy first. Also what the checksum trigger adds
 * to storing an image. Run: npx tsx scripts/bench-open.ts
 */
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateLongReport } from '../main/core/sample/generateLongReport';
import { barChartPng } from '../main/core/sample/longReport/tinyPng';
import { findChecksumDamage } from '../main/core/store/checksums/findChecksumDamage';
import { Project } from '../main/core/store/project';

const RUNS = 5;

function cpuMs(fn: () => void, before: () => void = () => {}): string {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    before();
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!.toFixed(1);
}

/** A copy of the project as a crash would leave it: one more edit, still in the -wal. */
function crashCopyOf(path: string, dir: string): { db: Buffer; wal: Buffer } {
  const live = join(dir, 'live.casebook');
  copyFileSync(path, live);
  const project = Project.open(live);
  project.meta.update({ subtitle: 'Edited just before the crash' });
  const crashed = { db: readFileSync(live), wal: readFileSync(`${live}-wal`) };
  project.close();
  return crashed;
}

function measure(label: string, path: string, dir: string): void {
  const mb = (statSync(path).size / 1048576).toFixed(1);
  // A fresh connection each time, so SQLite's page cache starts empty, as on open.
  const onFreshConnection = (check: (db: Database.Database) => unknown) => () => {
    const db = new Database(path, { readonly: true });
    try {
      check(db);
    } finally {
      db.close();
    }
  };
  const quick = cpuMs(onFreshConnection((db) => db.pragma('quick_check')));
  const integrity = cpuMs(onFreshConnection((db) => db.pragma('integrity_check')));
  const sums = cpuMs(onFreshConnection(findChecksumDamage));
  const open = cpuMs(() => Project.open(path).close());
  const crashed = crashCopyOf(path, dir);
  const target = join(dir, 'crashed.casebook');
  const afterCrash = cpuMs(
    () => Project.open(target).close(),
    () => {
      writeFileSync(target, crashed.db);
      writeFileSync(`${target}-wal`, crashed.wal);
    },
  );
  console.log(
    `${label} (${mb} MB): quick_check ${quick} ms, integrity_check ${integrity} ms, checksums ${sums} ms; ` +
      `open+close ${open} ms, after a crash (-wal of ${(crashed.wal.length / 1024).toFixed(0)} KB) ${afterCrash} ms`,
  );
}

const dir = mkdtempSync(join(tmpdir(), 'casebook-bench-open-'));
try {
  const long = join(dir, 'long.casebook');
  generateLongReport(long).close();
  measure('generateLongReport, 100 sections', long, dir);

  const png = Buffer.from(barChartPng([0.3, 0.6], [0, 94, 184]));
  // Random bytes after a real PNG header: incompressible, like photographs.
  const image = () => Buffer.concat([png, randomBytes(2 * 1048576 - png.length)]);
  const store = (project: Project, photos: Buffer[]) => () => {
    for (const bytes of photos.splice(0, 10)) project.assets.create({ name: 'photo.png', mimeType: 'image/png', bytes, altText: 'A photo', decorative: false });
  };
  // The trigger's cost: the same writes to one throwaway project, then again with the trigger dropped.
  const scratch = Project.create(join(dir, 'scratch.casebook'));
  store(scratch, Array.from({ length: 10 }, image))();
  const withSums = cpuMs(store(scratch, Array.from({ length: 10 * RUNS }, image)));
  scratch.db.exec('DROP TRIGGER temp.casebook_checksum_assets_insert');
  const without = cpuMs(store(scratch, Array.from({ length: 10 * RUNS }, image)));
  scratch.db.close();
  console.log(`storing ten 2 MB images: ${withSums} ms with the checksum trigger, ${without} ms without`);
  const images = Project.create(join(dir, 'images.casebook'), { title: 'Images' });
  for (let i = 0; i < 5; i++) store(images, Array.from({ length: 10 }, image))();
  images.close();
  measure('50 images of 2 MB', images.path, dir);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
