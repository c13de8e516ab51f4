import { app, BrowserWindow, dialog } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { tierUpForBursts } from '../core/runtime/tierUpForBursts';
import { ensureSampleProject } from './common/firstRun';
import { projectPathFromArgv } from './common/launchArgs';
import { shellPaths } from './common/shellPaths';
import { handleApiCalls } from './ipc';
import { installMenu } from './menu';
import { createMenuActions } from './menuActions';
import { denyPermissions } from './navigation';
import { ProjectWindow } from './projectWindow';
import { declareAppScheme, serveRenderer } from './protocol';
import { RecentProjects } from './recentProjects';

tierUpForBursts();

// Test runs point these at temporary folders so they never touch a real profile.
if (process.env.CASEBOOK_USER_DATA) app.setPath('userData', process.env.CASEBOOK_USER_DATA);
if (process.env.CASEBOOK_DOCUMENTS) app.setPath('documents', process.env.CASEBOOK_DOCUMENTS);

const paths = shellPaths({ appPath: app.getAppPath(), isPackaged: app.isPackaged, resourcesPath: process.resourcesPath });
process.env.CASEBOOK_RESOURCES ??= paths.resources;

let current: ProjectWindow | undefined;
let recent: RecentProjects;
/** A project the OS asked us to open (macOS open-file) before the app was ready. */
let pendingPath: string | undefined;
/** Closing a window is delayed while its edits are flushed, which cancels a quit: this remembers to finish it. */
let quitting = false;

declareAppScheme();

if (!app.requestSingleInstanceLock()) {
  // Another Casebook is running: it receives our command line ('second-instance') and opens the file.
  app.quit();
} else {
  app.on('second-instance', (_event, argv, cwd) => {
    if (app.isReady()) void showProject(projectPathFromArgv(argv.slice(1), cwd));
  });
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (app.isReady()) void showProject(path);
    else pendingPath = path;
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    // macOS: the dock icon was clicked with every window closed.
    if (recent && BrowserWindow.getAllWindows().length === 0) void showProject(startupProject());
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => fail(error));
}

function start(): void {
  if (!existsSync(paths.nativeBinding)) {
    fail(
      new Error(
        `The Electron build of better-sqlite3 is missing (${paths.nativeBinding}). ` +
          'Run `npm start`, which builds it with scripts/electron-native.mjs.',
      ),
    );
    return;
  }
  denyPermissions();
  serveRenderer(paths.rendererDir);
  recent = new RecentProjects(refreshMenu);
  handleApiCalls((sender) => (current && current.contents === sender ? current.route : undefined));
  refreshMenu();
  void showProject(pendingPath ?? projectPathFromArgv(process.argv.slice(1), process.cwd()) ?? startupProject());
}

/** With nothing named: the last project still on disk, or on first start a copy of the sample report. */
function startupProject(): string | undefined {
  const last = recent.existing()[0];
  if (last) return last;
  try {
    return ensureSampleProject(app.getPath('documents'), { nativeBinding: paths.nativeBinding });
  } catch (error) {
    console.error('Casebook could not copy the sample report:', error);
    return undefined;
  }
}

/** Opens path in the window (making one if needed) and brings it to the front. */
async function showProject(path: string | undefined): Promise<void> {
  const target = current ?? openWindow();
  target.focus();
  if (path) await target.open(path);
}

function openWindow(): ProjectWindow {
  const created = new ProjectWindow({
    preload: paths.preload,
    nativeBinding: paths.nativeBinding,
    recent,
    backupsRoot: join(app.getPath('userData'), 'backups'),
    localFolder: app.getPath('documents'),
    onProjectChange: refreshMenu,
    onClosed: () => {
      if (current === created) current = undefined;
      if (quitting) app.quit();
      else refreshMenu();
    },
  });
  current = created;
  return created;
}

function refreshMenu(): void {
  const targets = { existing: () => current, ensure: () => current ?? openWindow(), recent, documentsDir: app.getPath('documents') };
  installMenu(createMenuActions(targets), {
    platform: process.platform,
    recent: recent.existing(),
    hasProject: current?.projectPath !== undefined,
    isDevelopment: !app.isPackaged,
  });
}

function fail(error: unknown): void {
  dialog.showErrorBox('Casebook cannot start', error instanceof Error ? error.message : String(error));
  app.quit();
}
