import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export type StorageKind = 'local' | 'network' | 'sync';

export interface StorageCheck {
  kind: StorageKind;
  /** What was found, e.g. "a network drive (cifs at /mnt/share)" or "a OneDrive folder". */
  detail: string;
  /** What the writer should do about it; empty for local storage. */
  advice: string;
}

/** What the check reads of the machine, injected by tests. */
export interface StorageEnv {
  platform: NodeJS.Platform;
  /** The mount table: /proc/mounts on Linux, the output of mount(8) on macOS. */
  mounts: () => string;
  realpath: (path: string) => string;
}

/** File systems whose locks SQLite cannot rely on (https://www.sqlite.org/useovernet.html). */
const NETWORK_TYPES = new Set([
  'nfs', 'nfs4', 'cifs', 'smb', 'smb2', 'smb3', 'smbfs', 'afpfs', 'webdav', 'davfs', 'fuse.davfs', 'ncpfs', '9p', 'afs', 'ceph',
  'fuse.ceph', 'glusterfs', 'fuse.glusterfs', 'lustre', 'gpfs', 'beegfs', 'fuse.sshfs', 'sshfs', 'fuse.s3fs', 'fuse.gcsfuse',
  'fuse.rclone', 'fuse.juicefs', 'virtiofs', 'vboxsf', 'vmhgfs', 'fuse.vmhgfs-fuse', 'prl_fs',
]);

/** Folder names of sync clients, compared with each segment of the path (case-insensitive). */
const SYNC_FOLDERS: { name: string; test: (segment: string) => boolean }[] = [
  { name: 'Dropbox', test: (s) => /^dropbox( \(.+\))?$/.test(s) },
  { name: 'OneDrive', test: (s) => /^onedrive( - .+|-.+)?$/.test(s) || s === 'skydrive' },
  { name: 'Google Drive', test: (s) => ['google drive', 'googledrive', 'my drive', 'shared drives'].includes(s) || /^googledrive-\d+$/.test(s) },
  { name: 'iCloud Drive', test: (s) => s === 'icloud drive' || s === 'mobile documents' || s === 'com~apple~clouddocs' || s === 'icloudrive' },
  { name: 'a cloud storage provider', test: (s) => s === 'cloudstorage' },
  { name: 'Box', test: (s) => s === 'box' || s === 'box sync' || s === 'box drive' },
  { name: 'pCloud', test: (s) => s === 'pcloud drive' || s === 'pcloud' || s === 'pclouddrive' },
  { name: 'Nextcloud', test: (s) => s === 'nextcloud' },
  { name: 'ownCloud', test: (s) => s === 'owncloud' },
  { name: 'Seafile', test: (s) => s === 'seafile' || s === 'seadrive' },
  { name: 'Sync.com', test: (s) => s === 'sync' },
  { name: 'MEGA', test: (s) => s === 'mega' || s === 'megasync' },
  { name: 'Tresorit', test: (s) => s === 'tresorit' || s === 'tresorit drive' },
  { name: 'Synology Drive', test: (s) => s === 'synologydrive' },
];

const NETWORK_ADVICE =
  'SQLite, which keeps the project, cannot rely on file locks over a network: edits from two computers can overwrite each other and the file can be damaged. Work on a local copy and put it back when you have finished.';
const SYNC_ADVICE =
  'Sync software may copy the project while Casebook is writing it, or keep conflicting copies, which can lose or damage work. Work on a local copy outside the synced folder and copy it back when you have finished.';

interface Mount {
  point: string;
  type: string;
  source: string;
}

/** /proc/mounts escapes spaces and tabs in paths as octal (\040). */
const unescapeOctal = (text: string) => text.replace(/\\([0-7]{3})/g, (_, code: string) => String.fromCharCode(parseInt(code, 8)));

export function parseMounts(table: string): Mount[] {
  const mounts: Mount[] = [];
  for (const line of table.split('\n')) {
    // macOS mount(8): "//user@server/share on /Volumes/share (smbfs, nodev, nosuid, mounted by ann)"
    const mac = /^(.+?) on (.+) \(([^,)]+)/.exec(line);
    if (mac) {
      mounts.push({ source: mac[1]!, point: mac[2]!, type: mac[3]!.trim().toLowerCase() });
      continue;
    }
    // Linux /proc/mounts: "server:/export /mnt/reports nfs4 rw,relatime 0 0"
    const fields = line.trim().split(/\s+/);
    if (fields.length >= 3) mounts.push({ source: unescapeOctal(fields[0]!), point: unescapeOctal(fields[1]!), type: fields[2]!.toLowerCase() });
  }
  return mounts;
}

const inside = (path: string, folder: string) => folder === '/' || path === folder || path.startsWith(folder.endsWith('/') ? folder : `${folder}/`);

/** The mount holding a path: the one with the longest mount point above it. */
function mountOf(path: string, mounts: Mount[]): Mount | undefined {
  return mounts.filter((m) => inside(path, m.point)).sort((a, b) => b.point.length - a.point.length)[0];
}

/** The path with symbolic links followed, as far as it exists (a new project's file does not yet). */
function realPathOf(path: string, env: StorageEnv): string {
  let existing = resolve(path);
  const rest: string[] = [];
  for (;;) {
    try {
      return [env.realpath(existing), ...rest].join('/').replace(/\/+/g, '/');
    } catch {
      const parent = dirname(existing);
      if (parent === existing) return resolve(path);
      rest.unshift(existing.slice(parent.length).replace(/^[\\/]/, ''));
      existing = parent;
    }
  }
}

function syncFolderOf(path: string): string | null {
  const segments = path.split(/[\\/]+/).map((s) => s.toLowerCase());
  for (const folder of SYNC_FOLDERS) if (segments.some(folder.test)) return folder.name;
  return null;
}

/** Where a project file lives: on this computer, on a network file system, or inside a folder a sync client watches. */
export function checkStorage(path: string, env: StorageEnv = systemStorageEnv()): StorageCheck {
  if (env.platform === 'win32') {
    if (/^(\\\\|\/\/)(?![?.][\\/])/.test(path) || /^\\\\\?\\UNC\\/i.test(path)) {
      return { kind: 'network', detail: `a network share (${path.split(/[\\/]+/).filter(Boolean).slice(0, 2).join('\\')})`, advice: NETWORK_ADVICE };
    }
  } else {
    const real = realPathOf(path, env);
    let table: string;
    try {
      table = env.mounts();
    } catch {
      // Without a mount table the sync-folder check below still runs.
      table = '';
    }
    const mount = mountOf(real, parseMounts(table));
    if (mount && NETWORK_TYPES.has(mount.type)) {
      return { kind: 'network', detail: `a network drive (${mount.type} at ${mount.point})`, advice: NETWORK_ADVICE };
    }
    path = real;
  }
  const sync = syncFolderOf(path);
  if (sync) return { kind: 'sync', detail: `a folder synced by ${sync}`, advice: SYNC_ADVICE };
  return { kind: 'local', detail: 'a drive of this computer', advice: '' };
}

export function systemStorageEnv(): StorageEnv {
  return {
    platform: process.platform,
    mounts: () => {
      if (process.platform === 'linux') return readFileSync('/proc/mounts', 'utf8');
      if (process.platform === 'darwin' && existsSync('/sbin/mount')) return execFileSync('/sbin/mount', { encoding: 'utf8', timeout: 2000 });
      return '';
    },
    realpath: (path) => realpathSync(path),
  };
}
