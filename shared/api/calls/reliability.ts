import { z } from 'zod';
import { call } from '../call';

export const StorageCheck = z.object({
  kind: z.enum(['local', 'network', 'sync']),
  /** What was found, e.g. "a network drive (cifs at /mnt/share)". */
  detail: z.string(),
  /** What to do about it; empty for local storage. */
  advice: z.string(),
});
export type StorageCheck = z.infer<typeof StorageCheck>;

export const BackupInfo = z.object({
  path: z.string(),
  /** When it was taken (ISO 8601). */
  createdAt: z.string(),
  size: z.number().int(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

const FilePath = z.string().min(1).max(4096);
const ProjectPath = FilePath.regex(/\.casebook$/i, 'must end in .casebook');
const Opened = z.object({ path: z.string() });

export const reliabilityCalls = {
  checkStorage: call(
    'Whether a project file is on this computer, on a network drive or in a folder a sync client watches (where SQLite’s locking is unreliable), with advice.',
    z.object({ path: FilePath }).strict(),
    StorageCheck,
  ),
  copyToLocal: call(
    'Copy the open project (through SQLite’s backup API) to a new local file and work on the copy from now on.',
    z.object({ path: FilePath, destination: ProjectPath }).strict(),
    Opened,
  ),
  latestGoodBackup: call(
    'The newest rotating backup of a project file that passes its checks (checked on a copy), or null.',
    z.object({ path: FilePath }).strict(),
    BackupInfo.nullable(),
  ),
  restoreBackup: call(
    'Copy a backup to a new file and open it; the damaged project and the backup stay as they are.',
    z.object({ backupPath: FilePath, destination: ProjectPath }).strict(),
    Opened,
  ),
};
