import { join } from 'node:path';
import type { MenuActions } from './common/menuTemplate';
import { chooseProjectDestination, chooseProjectToOpen } from './dialogs';
import type { ProjectWindow } from './projectWindow';
import type { RecentProjects } from './recentProjects';

export interface MenuTargets {
  /** The open window, if any. */
  existing(): ProjectWindow | undefined;
  /** The open window, or a new one (File ▸ Open on macOS with every window closed). */
  ensure(): ProjectWindow;
  recent: RecentProjects;
  documentsDir: string;
}

/** What each File menu item does: a native dialog, then the window opens, creates or copies the project. */
export function createMenuActions({ existing, ensure, recent, documentsDir }: MenuTargets): MenuActions {
  const startFolder = (): string => {
    const path = existing()?.projectPath;
    return path ? join(path, '..') : join(documentsDir, 'Casebook');
  };
  return {
    newProject: async () => {
      const folder = startFolder();
      const target = ensure();
      const path = await chooseProjectDestination(target.window, 'New project', join(folder, 'Untitled report.casebook'));
      if (path) await target.create(path);
    },
    openProject: async () => {
      const folder = startFolder();
      const target = ensure();
      const path = await chooseProjectToOpen(target.window, folder);
      if (path) await target.open(path);
    },
    openRecent: async (path) => {
      const target = ensure();
      target.focus();
      await target.open(path);
    },
    clearRecent: () => recent.clear(),
    saveAs: async () => {
      const target = existing();
      const current = target?.projectPath;
      if (!target || !current) return;
      const suggestion = current.replace(/\.casebook$/i, ' copy.casebook');
      const path = await chooseProjectDestination(target.window, 'Save a copy as', suggestion);
      if (path) await target.saveAs(path);
    },
    close: () => existing()?.window.close(),
    command: (command) => void existing()?.sendMenuCommand(command),
  };
}
