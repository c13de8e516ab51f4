import { mkdtempSync, rmSync, symlinkSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStorage, parseMounts, systemStorageEnv, type StorageEnv } from './storageKind';

const LINUX_MOUNTS = `sysfs /sys sysfs rw,nosuid,nodev,noexec,relatime 0 0
/dev/nvme0n1p2 / ext4 rw,relatime 0 0
tmpfs /tmp tmpfs rw,nosuid,nodev 0 0
fileserver:/export/reports /mnt/reports nfs4 rw,relatime,vers=4.2 0 0
//nhs-trust/shared /mnt/trust\\040share cifs rw,relatime,vers=3.1.1 0 0
ann@host:/home/ann /home/ann/remote fuse.sshfs rw,nosuid,nodev 0 0
/dev/sdb1 /mnt/reports/local-cache ext4 rw 0 0
`;

const MAC_MOUNTS = `/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)
/dev/disk3s5 on /System/Volumes/Data (apfs, local, journaled, nobrowse)
//ann@fileserver/Reports on /Volumes/Reports (smbfs, nodev, nosuid, mounted by ann)
`;

const linux = (realpath: (p: string) => string = (p) => p): StorageEnv => ({ platform: 'linux', mounts: () => LINUX_MOUNTS, realpath });

describe('storage kind', () => {
  it('reads Linux and macOS mount tables, spaces in mount points included', () => {
    expect(parseMounts(LINUX_MOUNTS)).toContainEqual({ source: '//nhs-trust/shared', point: '/mnt/trust share', type: 'cifs' });
    expect(parseMounts(MAC_MOUNTS)).toContainEqual({ source: '//ann@fileserver/Reports', point: '/Volumes/Reports', type: 'smbfs' });
  });

  it('finds network file systems by the mount holding the file', () => {
    expect(checkStorage('/mnt/reports/q3/report.casebook', linux())).toMatchObject({ kind: 'network', detail: 'a network drive (nfs4 at /mnt/reports)' });
    expect(checkStorage('/mnt/trust share/report.casebook', linux()).kind).toBe('network');
    expect(checkStorage('/home/ann/remote/report.casebook', linux()).kind).toBe('network');
    // A local disk mounted inside a network mount is local: the longest mount point wins.
    expect(checkStorage('/mnt/reports/local-cache/report.casebook', linux()).kind).toBe('local');
    // A name that merely starts like a mount point is not inside it.
    expect(checkStorage('/mnt/reportsbackup/report.casebook', linux()).kind).toBe('local');
    const mac: StorageEnv = { platform: 'darwin', mounts: () => MAC_MOUNTS, realpath: (p) => p };
    expect(checkStorage('/Volumes/Reports/report.casebook', mac)).toMatchObject({ kind: 'network', detail: 'a network drive (smbfs at /Volumes/Reports)' });
    expect(checkStorage('/Users/ann/Documents/report.casebook', mac).kind).toBe('local');
  });

  it('follows symbolic links to where the file really is', () => {
    const env = linux((p) => p.replace(/^\/home\/ann\/shortcut/, '/mnt/reports'));
    expect(checkStorage('/home/ann/shortcut/report.casebook', env).kind).toBe('network');
  });

  it('finds UNC paths on Windows', () => {
    const win: StorageEnv = { platform: 'win32', mounts: () => '', realpath: (p) => p };
    expect(checkStorage('\\\\fileserver\\reports\\q3.casebook', win)).toMatchObject({ kind: 'network', detail: 'a network share (fileserver\\reports)' });
    expect(checkStorage('\\\\?\\UNC\\fileserver\\reports\\q3.casebook', win).kind).toBe('network');
    expect(checkStorage('C:\\Users\\Ann\\Documents\\q3.casebook', win).kind).toBe('local');
    expect(checkStorage('C:\\Users\\Ann\\OneDrive - NHS Trust\\Reports\\q3.casebook', win)).toMatchObject({ kind: 'sync', detail: 'a folder synced by OneDrive' });
  });

  it.each([
    ['/home/ann/Dropbox/reports/r.casebook', 'Dropbox'],
    ['/home/ann/Dropbox (Personal)/r.casebook', 'Dropbox'],
    ['/Users/ann/Library/Mobile Documents/com~apple~CloudDocs/r.casebook', 'iCloud Drive'],
    ['/Users/ann/Library/CloudStorage/GoogleDrive-ann@example.org/My Drive/r.casebook', 'Google Drive'],
    ['/Users/ann/Library/CloudStorage/OneDrive-NHS/r.casebook', 'OneDrive'],
    ['/Users/ann/Library/CloudStorage/Egnyte-nhs/r.casebook', 'a cloud storage provider'],
    ['/home/ann/Nextcloud/r.casebook', 'Nextcloud'],
    ['/home/ann/ownCloud/r.casebook', 'ownCloud'],
    ['/home/ann/Seafile/Reports/r.casebook', 'Seafile'],
    ['/home/ann/pCloud Drive/r.casebook', 'pCloud'],
    ['/home/ann/Box/r.casebook', 'Box'],
    ['/home/ann/Sync/r.casebook', 'Sync.com'],
  ])('warns about sync folders: %s', (path, client) => {
    expect(checkStorage(path, linux())).toMatchObject({ kind: 'sync', detail: `a folder synced by ${client}`, advice: expect.stringMatching(/local copy/) });
  });

  it('leaves ordinary folders alone, including names that only contain a sync word', () => {
    for (const path of ['/home/ann/Documents/r.casebook', '/home/ann/dropbox-notes/r.casebook', '/home/ann/Boxes/r.casebook', '/home/ann/async/r.casebook']) {
      expect(checkStorage(path, linux())).toEqual({ kind: 'local', detail: 'a drive of this computer', advice: '' });
    }
  });

  it('reads this machine without failing, for files that exist and files not yet made', () => {
    const dir = mkdtempSync(join(tmpdir(), 'casebook-storage-'));
    try {
      mkdirSync(join(dir, 'Dropbox'));
      symlinkSync(join(dir, 'Dropbox'), join(dir, 'linked'));
      expect(checkStorage(join(dir, 'linked', 'new', 'r.casebook'), systemStorageEnv()).kind).toBe('sync');
      expect(['local', 'network']).toContain(checkStorage(join(dir, 'r.casebook')).kind);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
