import { dialog, type BrowserWindow } from 'electron';
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { latestGoodBackup, restoreBackupTo } from '../core/reliability/backups';
import { scheduleBackups, type BackupSchedule } from '../core/reliability/backupScheduler';
import { checkStorage } from '../core/reliability/storageKind';
import { Project } from '../core/store/project';
import type { OpenOptions } from '../core/store/openDatabase';
import { chooseProjectDestination, showProblem } from './dialogs';

/** Rotating backups of the project a window has open: on open, then every ten minutes while it changes. */
export function startBackups(project: Project, backupsRoot: string): BackupSchedule {
  return scheduleBackups(project, {
    folder: join(backupsRoot, project.meta.get().reportId),
    onError: (error) => console.error('Backup failed:', error),
  });
}

const stamp = (date: Date) => date.toISOString().slice(0, 16).replace('T', ' ').replace(':', '-');

/** A name beside the original that does not exist yet: "report (restored 2026-03-01 09-10).casebook". */
function freshSibling(path: string, label: string): string {
  const base = join(dirname(path), `${basename(path).replace(/\.casebook$/i, '')} (${label})`);
  let candidate = `${base}.casebook`;
  for (let n = 2; existsSync(candidate); n++) candidate = `${base} ${n}.casebook`;
  return candidate;
}

/**
 * After a project was refused as damaged: offers the newest backup that passes its checks, and
 * restores it to a new file beside the damaged one (which stays as it is). Returns the path to
 * open, or undefined.
 */
export async function offerLatestBackup(window: BrowserWindow, backupsRoot: string, damaged: string): Promise<string | undefined> {
  const backup = latestGoodBackup(backupsRoot, damaged);
  if (!backup) return undefined;
  const taken = new Date(backup.createdAt);
  const { response } = await dialog.showMessageBox(window, {
    type: 'question',
    title: 'Open the latest backup?',
    message: `Casebook kept a backup of “${basename(damaged)}” from ${taken.toLocaleString('en-GB')}.`,
    detail: 'The backup is copied to a new file beside the damaged one; the damaged file and the backup are left as they are.',
    buttons: ['Open a copy of the backup', 'Cancel'],
    defaultId: 0,
    cancelId: 1,
  });
  if (response !== 0) return undefined;
  const destination = freshSibling(damaged, `restored ${stamp(taken)}`);
  try {
    restoreBackupTo(backup.path, destination);
    return destination;
  } catch (error) {
    await showProblem(window, 'The backup could not be copied', error);
    return undefined;
  }
}

/**
 * Before opening: a project on a network drive or in a sync folder gets a warning (SQLite's
 * locking is unreliable there) and the offer to work on a local copy, made with the backup API.
 * Returns the path to open (the original or the copy), or undefined when the person cancels.
 */
export async function chooseWhereToWork(window: BrowserWindow, path: string, localFolder: string, options: OpenOptions): Promise<string | undefined> {
  const storage = checkStorage(path);
  if (storage.kind === 'local') return path;
  const { response } = await dialog.showMessageBox(window, {
    type: 'warning',
    title: 'This project is not on this computer',
    message: `“${basename(path)}” is in ${storage.detail}.`,
    detail: storage.advice,
    buttons: ['Work on a local copy', 'Open it where it is', 'Cancel'],
    defaultId: 0,
    cancelId: 2,
  });
  if (response === 1) return path;
  if (response !== 0) return undefined;
  const destination = await chooseProjectDestination(window, 'Save a local copy', join(localFolder, basename(path)));
  if (!destination) return undefined;
  try {
    const source = Project.open(path, options);
    try {
      await source.backupTo(destination);
    } finally {
      source.close();
    }
    return destination;
  } catch (error) {
    await showProblem(window, 'The local copy could not be made', error);
    return undefined;
  }
}
