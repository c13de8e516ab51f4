import { app, dialog, shell, type BrowserWindow } from 'electron';
import { dirname } from 'node:path';
import type { Host } from '../core/api/host';
import { badRequest } from '../core/store/errors';
import { refuseToOpen } from './common/openableFile';
import { saveDialogOptions, withExtension } from './common/saveDialogOptions';

/**
 * The engine's Host in the desktop app: the native save dialog (sheet on macOS, so it
 * belongs to its window) and the system file manager. Paths to show or open come from
 * the renderer, so only existing regular files get through to the shell.
 *
 * @param projectFolder where a first export is suggested (the open project's folder); later ones go where the last went.
 */
export function electronHost(window: BrowserWindow, projectFolder: () => string | undefined): Host {
  let lastFolder: string | undefined;
  const refuse = (path: string) => {
    const reason = refuseToOpen(path);
    if (reason) throw badRequest(reason);
  };
  return {
    async chooseSavePath(request) {
      const folder = lastFolder ?? projectFolder() ?? app.getPath('documents');
      const result = await dialog.showSaveDialog(window, saveDialogOptions(request, folder));
      if (result.canceled || !result.filePath) return null;
      lastFolder = dirname(result.filePath);
      return withExtension(result.filePath, request.extensions);
    },
    showInFolder(path) {
      refuse(path);
      shell.showItemInFolder(path);
    },
    async openPath(path) {
      refuse(path);
      // shell.openPath resolves with an error message rather than rejecting.
      const problem = await shell.openPath(path);
      if (problem) throw badRequest(`The file could not be opened: ${problem}`);
    },
  };
}
