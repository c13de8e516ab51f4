import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CasebookFailure } from '../store/errors';
import { Project } from '../store/project';
import { sha256, useTempProjects } from '../store/tempProjects';
import { backupProject, latestGoodBackup, restoreBackupTo } from './backups';
import { figuresFor } from './testing/figures';
import { everythingOf } from './testing/everythingOf';
import { fillEverything, paragraphDoc } from './testing/fixtureProject';
import { prng } from './testing/prng';

/**
 * Damaged copies of a project: truncated, with broken page structure, or with random bits
 * flipped. Each is refused on open with one clear line and left byte-for-byte as it was, or
 * the damage is provably harmless (it fell where nothing is stored): the copy opens, passes
 * integrity_check, and everything read from it equals the original. The writer is then
 * offered the newest backup that passes its checks.
 */
const SEED = Number(process.env.CASEBOOK_DAMAGE_SEED ?? Math.floor(Math.random() * 2 ** 31));
const RANDOM_FLIPS = Number(process.env.CASEBOOK_DAMAGE_FLIPS ?? 150);
/** Room for many more flips than the default on a slow machine; the figures, not a time, show speed. */
const FLIPS_TIMEOUT = 30_000 + RANDOM_FLIPS * 250;
const figures = figuresFor(import.meta.filename);
const temp = useTempProjects();

/** What the open refusal must look like: the file named, the problem in words, one line. */
const CLEAR_REFUSAL = /^Cannot open “[^”]+”: (it is not a Casebook project|it is a SQLite database, but not|the file is damaged \(|it was written by a newer version|the file could not be read \()/;

let original: string;
let pristine: ReturnType<typeof everythingOf>;
let pageSize: number;

let originalDir: string;

beforeAll(() => {
  originalDir = mkdtempSync(join(tmpdir(), 'casebook-damage-'));
  const project = Project.create(join(originalDir, 'original.casebook'), { title: 'Damage' });
  fillEverything(project, 16);
  pristine = everythingOf(project);
  pageSize = project.db.pragma('page_size', { simple: true }) as number;
  original = project.path;
  project.close();
});

afterAll(() => rmSync(originalDir, { recursive: true, force: true }));

/** A copy that opened is harmless (null) or names what it got wrong. */
type Outcome = { refused: string } | { opened: string | null };

/** What an opened copy gets wrong: integrity, or any record read differently from the original. */
function harm(project: Project, expected = pristine): string | null {
  try {
    const integrity = project.db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') return `integrity_check: ${String(integrity)}`;
    const read = everythingOf(project);
    const differs = (Object.keys(expected) as (keyof typeof expected)[]).filter((key) => !isDeepStrictEqual(read[key], expected[key]));
    return differs.length === 0 ? null : `it opened, but reads differently: ${differs.join(', ')}`;
  } catch (error) {
    return `it opened, but reading failed: ${(error as Error).message}`;
  }
}

/** Whether a copy with this log opens reading exactly `expected`. */
function harmFree(db: Buffer, wal: Buffer, expected: typeof pristine, i: number): boolean {
  return isDeepStrictEqual(tryOpen(db, `wal-${i}-again.casebook`, { bytes: wal, expected }), { opened: null });
}

/**
 * Opens a damaged copy, with the log of recent changes a crash left beside it if given; a
 * refused copy must be left untouched, with nothing written beside it.
 */
function tryOpen(bytes: Buffer, name: string, wal?: { bytes: Buffer; expected: typeof pristine }): Outcome {
  const path = join(temp.dir(), name);
  writeFileSync(path, bytes);
  if (wal) writeFileSync(`${path}-wal`, wal.bytes);
  const before = sha256(path);
  const walBefore = wal && sha256(`${path}-wal`);
  try {
    const project = Project.open(path);
    try {
      return { opened: harm(project, wal?.expected) };
    } finally {
      project.close();
    }
  } catch (error) {
    expect(error).toBeInstanceOf(CasebookFailure);
    const message = (error as Error).message;
    expect(message).toMatch(CLEAR_REFUSAL);
    expect(message).not.toMatch(/\n|\*\*\*/);
    expect(message.length).toBeLessThan(500);
    expect(sha256(path), `${name} was changed by the failed open`).toBe(before);
    if (wal) expect(sha256(`${path}-wal`), `${name}-wal was changed by the failed open`).toBe(walBefore);
    for (const suffix of [...(wal ? [] : ['-wal']), '-shm', '-journal']) expect(existsSync(path + suffix), `${name}${suffix} left behind`).toBe(false);
    return { refused: message };
  }
}

describe('damaged project files', () => {
  it('every truncation by a page or more is refused, untouched', () => {
    const bytes = readFileSync(original);
    const random = prng(SEED);
    const cuts = new Set<number>([0, 1, 16, 99, 100, 101]);
    for (let cut = pageSize; cut < bytes.length; cut += pageSize) cuts.add(cut);
    for (let i = 0; i < 20; i++) cuts.add(Math.floor(random() * (bytes.length - pageSize)));
    for (const cut of cuts) {
      const outcome = tryOpen(bytes.subarray(0, cut), `cut-${cut}.casebook`);
      expect(outcome, `a copy cut to ${cut} of ${bytes.length} bytes (seed ${SEED})`).toHaveProperty('refused');
    }
    figures.add({ damagedFiles: cuts.size });
  });

  it('broken page structure (b-tree headers, pointers, the file header) is refused, untouched', () => {
    const bytes = readFileSync(original);
    const pages = bytes.length / pageSize;
    let tried = 0;
    for (let page = 2; page <= pages; page++) {
      const damaged = Buffer.from(bytes);
      damaged.fill(0xff, (page - 1) * pageSize, (page - 1) * pageSize + 12);
      const outcome = tryOpen(damaged, `page-${page}.casebook`);
      expect(outcome, `page ${page} of ${pages} with its header overwritten`).toHaveProperty('refused');
      tried++;
    }
    const header: [string, (b: Buffer) => void][] = [
      ['magic', (b) => b.write('SQLite format 2\0', 0, 'latin1')],
      ['page size', (b) => b.writeUInt16BE(1000, 16)],
      ['application id', (b) => b.writeUInt32BE(0x12345678, 68)],
      ['schema format', (b) => b.writeUInt32BE(99, 44)],
      ['newer user_version', (b) => b.writeUInt32BE(9999, 60)],
      ['page 1 b-tree header', (b) => b.fill(0xff, 100, 112)],
    ];
    for (const [what, damage] of header) {
      const damaged = Buffer.from(bytes);
      damage(damaged);
      expect(tryOpen(damaged, `header-${what.replace(/\W/g, '-')}.casebook`), what).toHaveProperty('refused');
      tried++;
    }
    figures.add({ damagedFiles: tried });
  });

  it(`random bit flips (${RANDOM_FLIPS}, seed ${SEED}) are refused clearly, untouched, or provably harmless: none opens with damage`, () => {
    const bytes = readFileSync(original);
    const random = prng(SEED + 1);
    let refused = 0;
    const harmful: string[] = [];
    for (let i = 0; i < RANDOM_FLIPS; i++) {
      const damaged = Buffer.from(bytes);
      const flips = 1 + Math.floor(random() * 8);
      const at: number[] = [];
      for (let f = 0; f < flips; f++) {
        at.push(Math.floor(random() * damaged.length));
        damaged[at.at(-1)!]! ^= 1 << Math.floor(random() * 8);
      }
      const outcome = tryOpen(damaged, `flip-${i}.casebook`);
      if ('refused' in outcome) refused++;
      else if (outcome.opened) harmful.push(`flip ${i} at bytes ${at.join(', ')}: ${outcome.opened}`);
    }
    console.log(
      `damaged files: ${RANDOM_FLIPS} randomly flipped copies: ${refused} refused, ${RANDOM_FLIPS - refused - harmful.length} harmless (the flips fell where nothing is stored), ${harmful.length} opened with damage`,
    );
    expect(harmful, `seed ${SEED}`).toEqual([]);
    figures.add({ damagedFiles: RANDOM_FLIPS });
  }, FLIPS_TIMEOUT);

  it('a changed letter in a section or a version, or a changed byte of an image, is refused by name, untouched', () => {
    const bytes = readFileSync(original);
    /** Flips a bit at `offset` into every copy of `needle`: old copies in free space are harmless, the live one is refused. */
    const refusalsAt = (needle: string, offset: number) => {
      const messages: string[] = [];
      for (let at = bytes.indexOf(needle); at >= 0; at = bytes.indexOf(needle, at + 1)) {
        const damaged = Buffer.from(bytes);
        damaged[at + offset]! ^= 0x01;
        const outcome = tryOpen(damaged, `at-${at}.casebook`);
        if ('opened' in outcome) expect(outcome.opened, `a flip at ${at} in “${needle}”`).toBeNull();
        else messages.push(outcome.refused);
        figures.add({ damagedFiles: 1 });
      }
      return messages;
    };
    expect(refusalsAt('Finding 7. Staff', 12)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/: the file is damaged \(section “Section 7” does not match its checksum\)\.$/),
        expect.stringMatching(/: the file is damaged \(version “Draft 7” of section “Section 7” does not match its checksum\)\.$/),
      ]),
    );
    expect(refusalsAt('IDAT', 300)).toEqual(expect.arrayContaining([expect.stringMatching(/\(image “chart\.png” does not match its checksum\)/)]));
  });

  it(`flips in the log of recent changes a crash left (${RANDOM_FLIPS / 3}, seed ${SEED}) are refused, untouched, or harmless; only the last change can go, as a write cut short would`, () => {
    const live = join(temp.dir(), 'live.casebook');
    copyFileSync(original, live);
    const project = Project.open(live);
    const ids = project.sections.list().map((s) => s.id);
    // Each edit is a transaction of its own, committed to the log; copying the files while the project is open is a crash.
    ids.slice(0, 5).forEach((id, i) => project.sections.update({ id, content: paragraphDoc(`Edited before the crash, ${i + 1}`) }));
    const beforeLast = { db: readFileSync(live), wal: readFileSync(`${live}-wal`) };
    project.sections.update({ id: ids[5]!, content: paragraphDoc('The last edit before the crash') });
    const crashed = { db: readFileSync(live), wal: readFileSync(`${live}-wal`) };
    project.close();
    const stateOf = (files: { db: Buffer; wal: Buffer }, name: string) => {
      const path = join(temp.dir(), name);
      writeFileSync(path, files.db);
      writeFileSync(`${path}-wal`, files.wal);
      return everythingOf(temp.open(path));
    };
    const whole = stateOf(crashed, 'whole.casebook');
    const withoutLast = stateOf(beforeLast, 'without-last.casebook');
    expect(whole).not.toEqual(withoutLast);
    expect(tryOpen(crashed.db, 'crashed.casebook', { bytes: crashed.wal, expected: whole })).toEqual({ opened: null });

    const lastStart = beforeLast.wal.length;
    const random = prng(SEED + 2);
    let refused = 0;
    let lastLost = 0;
    const harmful: string[] = [];
    for (let i = 0; i < RANDOM_FLIPS / 3; i++) {
      const wal = Buffer.from(crashed.wal);
      const at = Array.from({ length: 1 + Math.floor(random() * 4) }, () => Math.floor(random() * wal.length));
      for (const byte of at) wal[byte]! ^= 1 << Math.floor(random() * 8);
      const outcome = tryOpen(crashed.db, `wal-${i}.casebook`, { bytes: wal, expected: whole });
      if ('refused' in outcome) refused++;
      else if (outcome.opened && at.every((byte) => byte >= lastStart) && harmFree(crashed.db, wal, withoutLast, i)) lastLost++;
      else if (outcome.opened) harmful.push(`flip ${i} at log bytes ${at.join(', ')} (last change from ${lastStart}): ${outcome.opened}`);
    }
    console.log(
      `damaged logs: ${RANDOM_FLIPS / 3} randomly flipped -wal files: ${refused} refused, ${lastLost} lost only the last change (as a crash mid-write would), ${RANDOM_FLIPS / 3 - refused - lastLost - harmful.length} harmless, ${harmful.length} opened with damage`,
    );
    expect(harmful, `seed ${SEED}`).toEqual([]);
    figures.add({ damagedFiles: RANDOM_FLIPS / 3 });
  }, FLIPS_TIMEOUT);

  it('a damaged project is left as it is, and the newest good backup is offered and restored to a new file', async () => {
    const path = join(temp.dir(), 'report.casebook');
    copyFileSync(original, path);
    const project = Project.open(path);
    const root = join(temp.dir(), 'backups');
    const folder = join(root, project.meta.get().reportId);
    await backupProject(project, folder, { now: new Date('2026-03-01T09:00:00Z') });
    await backupProject(project, folder, { now: new Date('2026-03-01T09:10:00Z') });
    project.close();
    // The newest backup is damaged too (a disk failing slowly): it must be passed over.
    const newest = join(folder, '2026-03-01T09-10-00-000Z.casebook');
    const broken = readFileSync(newest);
    broken.fill(0xff, pageSize, pageSize + 12);
    writeFileSync(newest, broken);

    const damaged = readFileSync(path);
    truncateSync(path, damaged.length - 3 * pageSize);
    const before = sha256(path);
    expect(() => Project.open(path)).toThrow(/the file is damaged/);
    expect(sha256(path)).toBe(before);

    const offer = latestGoodBackup(root, path);
    expect(offer?.createdAt).toBe('2026-03-01T09:00:00.000Z');
    const restored = join(temp.dir(), 'report (restored).casebook');
    restoreBackupTo(offer!.path, restored);
    expect(everythingOf(temp.open(restored))).toEqual(pristine);
    expect(sha256(path)).toBe(before);
    figures.add({ damagedFiles: 2 });
  });
});
