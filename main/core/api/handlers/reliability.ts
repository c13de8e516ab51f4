import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { reliabilityCalls } from '../../../../shared/api/calls/reliability';
import { latestGoodBackup, restoreBackupTo } from '../../reliability/backups';
import { checkStorage } from '../../reliability/storageKind';
import { badRequest, conflict } from '../../store/errors';
import type { HandlersFor } from '../handlerTypes';

export const reliabilityHandlers: HandlersFor<typeof reliabilityCalls> = {
  // Works without an open project: it is asked before opening, and after a refused open.
  checkStorage: (_ws, { path }) => checkStorage(path),
  copyToLocal: async (ws, { path, destination }) => {
    const project = ws.require();
    if (resolve(path) !== resolve(project.path)) throw badRequest('Only the open project can be copied to a local file.');
    if (existsSync(destination)) throw conflict(`“${destination}” already exists; choose another name.`);
    const target = checkStorage(destination);
    if (target.kind !== 'local') throw badRequest(`“${destination}”: that place is ${target.detail} as well; choose a folder on this computer.`);
    await project.backupTo(destination);
    ws.open(destination);
    return { path: destination };
  },
  latestGoodBackup: (ws, { path }) => (ws.backupsRoot ? latestGoodBackup(ws.backupsRoot, path) : null),
  restoreBackup: (ws, { backupPath, destination }) => {
    restoreBackupTo(backupPath, destination);
    ws.open(destination);
    return { path: destination };
  },
};
