import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256, useTempProjects } from '../store/tempProjects';
import { Project } from '../store/project';
import { KEEP_BACKUPS, backupProject, isGoodBackup, latestGoodBackup, listBackups, restoreBackupTo } from './backups';
import { scheduleBackups, type Clock } from './backupScheduler';
import { fillProject, paragraphDoc, textsOf } from './testing/fixtureProject';

const temp = useTempProjects();

/** A clock whose timers run only when the test says time has passed. */
function manualClock(start = Date.parse('2026-03-01T09:00:00Z')) {
  let now = start;
  const timers: { every: number; next: number; tick: () => void }[] = [];
  const clock: Clock = {
    now: () => new Date(now),
    every: (ms, tick) => {
      const timer = { every: ms, next: now + ms, tick };
      timers.push(timer);
      return () => timers.splice(timers.indexOf(timer), 1);
    },
  };
  const advance = (ms: number) => {
    const until = now + ms;
    for (;;) {
      const due = timers.filter((t) => t.next <= until).sort((a, b) => a.next - b.next)[0];
      if (!due) break;
      now = due.next;
      due.next += due.every;
      due.tick();
    }
    now = until;
  };
  return { clock, advance };
}

describe('rotating backups', () => {
  it('keeps the newest five, named by time, each a complete project', async () => {
    const project = temp.create();
    const [id] = fillProject(project, 3);
    const folder = join(temp.dir(), 'backups');
    for (let i = 0; i < 8; i++) {
      project.sections.update({ id: id!, content: paragraphDoc(`edit ${i}`) });
      await backupProject(project, folder, { now: new Date(Date.UTC(2026, 2, 1, 9, i * 10)) });
    }
    const kept = listBackups(folder);
    expect(kept).toHaveLength(KEEP_BACKUPS);
    expect(kept.map((b) => b.createdAt)).toEqual(['09:70', '09:60', '09:50', '09:40', '09:30'].map((_, i) => new Date(Date.UTC(2026, 2, 1, 9, (7 - i) * 10)).toISOString()));
    expect(kept[0]!.path).toMatch(/2026-03-01T10-10-00-000Z\.casebook$/);
    const newest = Project.open(kept[0]!.path);
    expect(JSON.stringify(newest.sections.get(id!).content)).toContain('edit 7');
    newest.close();
  });

  it('two backups in the same millisecond get different names', async () => {
    const project = temp.create();
    const folder = join(temp.dir(), 'backups');
    const at = new Date('2026-03-01T09:00:00Z');
    const a = await backupProject(project, folder, { now: at });
    const b = await backupProject(project, folder, { now: at });
    expect(a.path).not.toBe(b.path);
    expect(listBackups(folder)).toHaveLength(2);
  });

  it('backs up on open, then every 10 minutes only while the project changes', async () => {
    const project = temp.create();
    const [id] = fillProject(project, 1);
    const folder = join(temp.dir(), 'backups');
    const { clock, advance } = manualClock();
    const schedule = scheduleBackups(project, { folder, clock });
    await schedule.idle();
    expect(listBackups(folder)).toHaveLength(1);

    advance(10 * 60_000);
    await schedule.idle();
    expect(listBackups(folder)).toHaveLength(1); // nothing changed

    project.sections.update({ id: id!, content: paragraphDoc('changed') });
    advance(9 * 60_000);
    await schedule.idle();
    expect(listBackups(folder)).toHaveLength(1); // not yet ten minutes
    advance(60_000);
    await schedule.idle();
    expect(listBackups(folder)).toHaveLength(2);

    for (let i = 0; i < 10; i++) {
      project.sections.update({ id: id!, content: paragraphDoc(`change ${i}`) });
      advance(10 * 60_000);
      await schedule.idle();
    }
    expect(listBackups(folder)).toHaveLength(KEEP_BACKUPS);
    await schedule.stop();
    project.sections.update({ id: id!, content: paragraphDoc('after stop') });
    advance(60 * 60_000);
    await schedule.idle();
    expect(listBackups(folder)[0]!.createdAt).toBe(new Date(Date.parse('2026-03-01T09:00:00Z') + 120 * 60_000).toISOString());
  });

  it('a failed backup is reported and the writer carries on', async () => {
    const project = temp.create();
    const blocker = join(temp.dir(), 'not-a-folder');
    writeFileSync(blocker, 'a file where the backup folder should be');
    const errors: unknown[] = [];
    const schedule = scheduleBackups(project, { folder: blocker, clock: manualClock().clock, onError: (e) => errors.push(e) });
    await schedule.stop();
    expect(errors).toHaveLength(1);
    expect(project.meta.get().title).toBe('Untitled report');
  });

  it('offers the newest backup that passes its checks, skipping damaged ones, and restores it to a new file', async () => {
    const project = temp.create();
    const [id] = fillProject(project, 4);
    const root = join(temp.dir(), 'backups');
    const folder = join(root, project.meta.get().reportId);
    project.sections.update({ id: id!, content: paragraphDoc('good version') });
    const good = await backupProject(project, folder, { now: new Date('2026-03-01T09:00:00Z') });
    project.sections.update({ id: id!, content: paragraphDoc('letter version') });
    const flipped = await backupProject(project, folder, { now: new Date('2026-03-01T09:05:00Z') });
    // A letter changed by a failing disk: SQLite's structure checks pass, the checksums do not.
    const letter = readFileSync(flipped.path);
    letter[letter.lastIndexOf('letter version')]! ^= 0x20;
    writeFileSync(flipped.path, letter);
    project.sections.update({ id: id!, content: paragraphDoc('newer version') });
    const damaged = await backupProject(project, folder, { now: new Date('2026-03-01T09:10:00Z') });
    // Damage the newest backup in a b-tree page header (byte 0 of page 2 is its page type).
    const bytes = readFileSync(damaged.path);
    bytes.fill(0xff, 4096, 4096 + 16);
    writeFileSync(damaged.path, bytes);
    const damagedHash = sha256(damaged.path);
    project.close();

    expect(isGoodBackup(damaged.path)).toBe(false);
    expect(isGoodBackup(flipped.path)).toBe(false);
    expect(sha256(damaged.path)).toBe(damagedHash); // checking read a copy
    expect(latestGoodBackup(root, project.path)).toEqual(good);
    expect(latestGoodBackup(root, join(temp.dir(), 'other.casebook'))).toBeNull();

    const restored = join(temp.dir(), 'restored.casebook');
    restoreBackupTo(good.path, restored);
    const reopened = temp.open(restored);
    expect(JSON.stringify(reopened.sections.get(id!).content)).toContain('good version');
    expect(() => restoreBackupTo(good.path, restored)).toThrow(/already exists/);
    expect(() => restoreBackupTo(damaged.path, join(temp.dir(), 'x.casebook'))).toThrow(/damaged too/);
  });

  it('a backup cut short by a crash is never listed, and the next backup clears it away', async () => {
    const project = temp.create();
    const folder = join(temp.dir(), 'backups');
    await backupProject(project, folder, { now: new Date('2026-03-01T09:00:00Z') });
    writeFileSync(join(folder, '2026-03-01T09-10-00-000Z.casebook.partial'), 'half');
    expect(listBackups(folder)).toHaveLength(1);
    await backupProject(project, folder, { now: new Date('2026-03-01T09:20:00Z') });
    expect(readdirSync(folder).some((name) => name.endsWith('.partial'))).toBe(false);
    expect(existsSync(join(folder, 'source.json'))).toBe(true);
    expect(textsOf(Project.open(listBackups(folder)[0]!.path))).toEqual([]);
  });

  it('a copy made by Save As (VACUUM INTO, rollback mode) opens, takes edits and closes without error', () => {
    const project = temp.create();
    const copy = join(temp.dir(), 'copy.casebook');
    project.saveCopy(copy);
    const restored = join(temp.dir(), 'restored.casebook');
    restoreBackupTo(copy, restored);
    for (const path of [copy, restored]) {
      const opened = Project.open(path);
      opened.sections.create({ parentId: null, title: 'Written after the copy' });
      // Closing checkpoints; on a file that was in rollback mode the checkpoint used to throw "table is locked".
      expect(() => opened.close()).not.toThrow();
      expect(existsSync(`${path}-wal`)).toBe(false);
      const again = Project.open(path);
      expect(again.sections.list().map((s) => s.title)).toEqual(['Written after the copy']);
      again.close();
    }
  });
});

