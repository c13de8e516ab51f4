import { basename } from 'node:path';
import type { MenuCommand } from '../../../shared/api/client';

/** The part of Electron's MenuItemConstructorOptions we use, so the template can be built and tested without Electron. */
export interface MenuEntry {
  label?: string;
  role?: string;
  type?: 'separator' | 'submenu';
  accelerator?: string;
  enabled?: boolean;
  submenu?: MenuEntry[];
  click?: () => void;
}

export interface MenuActions {
  newProject(): void;
  openProject(): void;
  openRecent(path: string): void;
  clearRecent(): void;
  saveAs(): void;
  close(): void;
  /** Commands the renderer carries out (sent as {type: 'menu', command}). */
  command(command: MenuCommand): void;
}

export interface MenuContext {
  platform: NodeJS.Platform;
  recent: readonly string[];
  hasProject: boolean;
  /** Reload and developer tools only while developing. */
  isDevelopment: boolean;
}

const separator: MenuEntry = { type: 'separator' };

function recentSubmenu(actions: MenuActions, recent: readonly string[]): MenuEntry[] {
  if (recent.length === 0) return [{ label: 'No Recent Projects', enabled: false }];
  return [
    ...recent.map((path) => ({ label: basename(path).replace(/\.casebook$/i, ''), click: () => actions.openRecent(path) })),
    separator,
    { label: 'Clear Recent', click: () => actions.clearRecent() },
  ];
}

/**
 * The application menu. Accelerators use CmdOrCtrl so each platform gets its own
 * standard shortcut; editing and quitting use Electron's roles, which carry the
 * platform's conventions (and reach the editor's own undo history).
 */
export function menuTemplate(actions: MenuActions, context: MenuContext): MenuEntry[] {
  const mac = context.platform === 'darwin';
  const file: MenuEntry = {
    label: '&File',
    submenu: [
      { label: 'New Project…', accelerator: 'CmdOrCtrl+N', click: () => actions.newProject() },
      { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: () => actions.openProject() },
      { label: 'Open Recent', submenu: recentSubmenu(actions, context.recent) },
      separator,
      { label: 'Save Version…', accelerator: 'CmdOrCtrl+S', enabled: context.hasProject, click: () => actions.command('save-version') },
      { label: 'Save As…', accelerator: 'CmdOrCtrl+Shift+S', enabled: context.hasProject, click: () => actions.saveAs() },
      separator,
      { label: 'Save Review Copy…', enabled: context.hasProject, click: () => actions.command('save-review-copy') },
      { label: 'Merge Review…', enabled: context.hasProject, click: () => actions.command('merge-review') },
      separator,
      { label: 'Import…', enabled: context.hasProject, click: () => actions.command('import') },
      { label: 'Export…', accelerator: 'CmdOrCtrl+Shift+E', enabled: context.hasProject, click: () => actions.command('export') },
      separator,
      { label: 'Close', accelerator: 'CmdOrCtrl+W', click: () => actions.close() },
      ...(mac ? [] : [separator, { role: 'quit', label: 'Quit', accelerator: 'Ctrl+Q' }]),
    ],
  };
  const edit: MenuEntry = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'pasteAndMatchStyle' },
      { role: 'delete' },
      { role: 'selectAll' },
      separator,
      { label: 'Find…', accelerator: 'CmdOrCtrl+F', enabled: context.hasProject, click: () => actions.command('find') },
    ],
  };
  const view: MenuEntry = {
    label: '&View',
    submenu: [
      ...(context.isDevelopment ? [{ role: 'reload' }, { role: 'toggleDevTools' }, separator] : []),
      { label: 'Preview', accelerator: 'CmdOrCtrl+Shift+P', enabled: context.hasProject, click: () => actions.command('preview') },
      separator,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };
  const report: MenuEntry = {
    label: '&Report',
    submenu: [{ label: 'Brand…', accelerator: 'CmdOrCtrl+Alt+B', enabled: context.hasProject, click: () => actions.command('brand') }],
  };
  const appMenu: MenuEntry = {
    label: 'Casebook',
    submenu: [
      { role: 'about' },
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };
  // Elsewhere Electron's Window menu would repeat File ▸ Close and its shortcut.
  return mac ? [appMenu, file, edit, view, report, { role: 'windowMenu' }] : [file, edit, view, report];
}
