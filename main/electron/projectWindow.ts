import type { BrowserWindow, WebContents } from 'electron';
import { basename, dirname } from 'node:path';
import type { AppEvent, MenuCommand } from '../../shared/api/client';
import { createDispatcher, type Dispatch } from '../core/api/dispatcher';
import { Workspace } from '../core/api/workspace';
import { CallTracker } from './common/callTracker';
import { EVENT_CHANNEL } from './common/ipcChannels';
import { showProblem } from './dialogs';
import { chooseWhereToWork, offerLatestBackup, startBackups } from './projectSafety';
import type { BackupSchedule } from '../core/reliability/backupScheduler';
import { electronHost } from './electronHost';
import type { CallRoute } from './ipc';
import type { RecentProjects } from './recentProjects';
import { createWindow } from './window';

export interface ProjectWindowOptions {
  preload: string;
  /** better_sqlite3.node for Electron's ABI, passed to every project opened in this window. */
  nativeBinding: string;
  recent: RecentProjects;
  /** Where rotating backups are kept (userData/backups), and where local copies of network projects are suggested. */
  backupsRoot?: string;
  localFolder?: string;
  /** The open project changed (the menu enables Save As, for example). */
  onProjectChange(): void;
  onClosed(): void;
}

/** How long the renderer gets to send its pending edits after a 'flush' before the project is closed or copied. */
const FLUSH_QUIET_MS = 150;
const FLUSH_MAX_MS = 3000;

/** One window and the project it edits: its own workspace and dispatcher, so its calls reach only its project. */
export class ProjectWindow {
  readonly window: BrowserWindow;
  private readonly workspace: Workspace;
  private readonly dispatch: Dispatch;
  private readonly calls = new CallTracker();
  /** Closing waits for the renderer's last edits (flush); a second close request meanwhile just waits too. */
  private closing = false;
  private closeAllowed = false;
  private backups: BackupSchedule | undefined;
  /** Why the last open failed, so a damaged file can be answered with its latest backup. */
  private lastOpenError: unknown;

  constructor(private readonly options: ProjectWindowOptions) {
    this.window = createWindow(options.preload);
    // The host's dialogs belong to this window; exports are suggested beside the project.
    const projectFolder = () => (this.projectPath ? dirname(this.projectPath) : undefined);
    this.workspace = new Workspace({ nativeBinding: options.nativeBinding, backupsRoot: options.backupsRoot }, electronHost(this.window, projectFolder));
    this.dispatch = createDispatcher(this.workspace);
    this.window.on('close', (event) => {
      if (this.closeAllowed) return;
      event.preventDefault();
      if (this.closing) return;
      this.closing = true;
      void this.flush().finally(() => {
        this.closeAllowed = true;
        if (!this.window.isDestroyed()) this.window.close();
      });
    });
    this.window.on('closed', () => {
      void this.backups?.stop();
      this.workspace.close();
      options.onClosed();
    });
  }

  get contents(): WebContents {
    return this.window.webContents;
  }

  /** Where this window's IPC calls go; counted, so closing can wait for the last of them. */
  readonly route: CallRoute = (method, args) => this.calls.track(() => this.dispatch(method, args));

  get projectPath(): string | undefined {
    return this.workspace.project?.path;
  }

  async open(path: string): Promise<boolean> {
    if (path === this.projectPath) return true;
    const target = this.options.localFolder ? await chooseWhereToWork(this.window, path, this.options.localFolder, { nativeBinding: this.options.nativeBinding }) : path;
    if (!target) return false;
    if (await this.replaceProject(target, 'The project could not be opened', () => this.workspace.open(target))) return true;
    const damaged = /the file is damaged/.test(String((this.lastOpenError as Error | undefined)?.message));
    if (!damaged || !this.options.backupsRoot) return false;
    const restored = await offerLatestBackup(this.window, this.options.backupsRoot, target);
    return restored ? this.replaceProject(restored, 'The backup could not be opened', () => this.workspace.open(restored)) : false;
  }

  async create(path: string): Promise<boolean> {
    return this.replaceProject(path, 'The project could not be created', () => this.workspace.create(path));
  }

  /** Save As: a compact copy (VACUUM INTO) of the open project, which this window then edits. */
  async saveAs(path: string): Promise<boolean> {
    const project = this.workspace.require();
    return this.replaceProject(path, 'The copy could not be saved', () => {
      project.saveCopy(path);
      this.workspace.open(path);
    });
  }

  /**
   * A menu click is a user gesture, but it happens outside the page, and Chromium opens
   * the page's file pickers (Import) only with a gesture: running a no-op script with
   * userGesture grants the page that activation just before the command arrives.
   */
  async sendMenuCommand(command: MenuCommand): Promise<void> {
    if (this.window.isDestroyed() || this.contents.isLoading()) return;
    await this.contents.executeJavaScript('undefined', true).catch(() => undefined);
    this.send({ type: 'menu', command });
  }

  send(event: AppEvent): void {
    // A page still loading asks for the current project itself once it starts.
    if (!this.window.isDestroyed() && !this.contents.isLoading()) this.contents.send(EVENT_CHANNEL, event);
  }

  focus(): void {
    if (this.window.isMinimized()) this.window.restore();
    this.window.focus();
  }

  private async replaceProject(path: string, problem: string, change: () => void): Promise<boolean> {
    await this.flush();
    try {
      change();
    } catch (error) {
      this.lastOpenError = error;
      await showProblem(this.window, problem, error);
      return false;
    }
    // Backups follow whichever project the window now holds (a new one, a copy, a restored backup).
    void this.backups?.stop();
    const project = this.workspace.project;
    this.backups = project && this.options.backupsRoot ? startBackups(project, this.options.backupsRoot) : undefined;
    this.options.recent.add(path);
    this.window.setTitle(`${basename(path).replace(/\.casebook$/i, '')} — Casebook`);
    if (process.platform === 'darwin') this.window.setRepresentedFilename(path);
    this.send({ type: 'project-opened' });
    this.options.onProjectChange();
    return true;
  }

  /** Asks the renderer to send any edits it is holding back, and waits until its calls have landed. */
  private async flush(): Promise<void> {
    if (!this.workspace.project || this.window.isDestroyed() || this.contents.isLoading()) return;
    this.send({ type: 'menu', command: 'flush' });
    await this.calls.settled(FLUSH_QUIET_MS, FLUSH_MAX_MS);
  }
}
