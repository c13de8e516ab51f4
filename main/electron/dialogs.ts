import { dialog, type BrowserWindow } from 'electron';
import { withProjectExtension } from './common/launchArgs';

const PROJECT_FILTERS = [{ name: 'Casebook projects', extensions: ['casebook'] }];

/** File ▸ Open: one existing .casebook file, or undefined when cancelled. */
export async function chooseProjectToOpen(window: BrowserWindow, defaultPath?: string): Promise<string | undefined> {
  const result = await dialog.showOpenDialog(window, {
    title: 'Open project',
    defaultPath,
    filters: PROJECT_FILTERS,
    properties: ['openFile'],
  });
  return result.canceled ? undefined : result.filePaths[0];
}

/** File ▸ New and Save As: where to write a project, with the extension added if left off. */
export async function chooseProjectDestination(
  window: BrowserWindow,
  title: string,
  defaultPath: string,
): Promise<string | undefined> {
  const result = await dialog.showSaveDialog(window, {
    title,
    defaultPath,
    filters: PROJECT_FILTERS,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  return result.canceled || !result.filePath ? undefined : withProjectExtension(result.filePath);
}

/** A problem the user must know about (a file that cannot be opened, a copy that failed). */
export async function showProblem(window: BrowserWindow | undefined, title: string, error: unknown): Promise<void> {
  const detail = error instanceof Error ? error.message : String(error);
  const options = { type: 'error' as const, title, message: title, detail };
  await (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}
