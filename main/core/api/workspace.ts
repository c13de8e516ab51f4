import { resolve } from 'node:path';
import { CasebookFailure } from '../store/errors';
import { Project, type NewProjectInit } from '../store/project';
import type { OpenOptions } from '../store/openDatabase';
import { ExportJobs } from '../export/exportJobs';
import { headlessHost, type Host } from './host';

export interface WorkspaceOptions extends OpenOptions {
  /** Where rotating backups are kept (userData/backups in the app); without it none are offered. */
  backupsRoot?: string;
}

/** The project a window (or a test page) works on. One workspace per window. */
export class Workspace {
  private current: Project | null = null;

  /** Exports running or finished in this window. */
  readonly exports = new ExportJobs();

  constructor(
    private readonly options: WorkspaceOptions = {},
    readonly host: Host = headlessHost,
  ) {}

  get backupsRoot(): string | undefined {
    return this.options.backupsRoot;
  }

  get project(): Project | null {
    return this.current;
  }

  /** The open project, or a clear error when there is none. */
  require(): Project {
    if (!this.current) throw new CasebookFailure('no-project', 'No project is open. Open or create a project first.');
    return this.current;
  }

  open(path: string): Project {
    // Opening the file this window already holds would be refused by its own lock.
    if (this.current && resolve(this.current.path) === resolve(path)) return this.current;
    const next = Project.open(path, this.options);
    this.close();
    this.current = next;
    return next;
  }

  create(path: string, init: NewProjectInit = {}): Project {
    const next = Project.create(path, init, this.options);
    this.close();
    this.current = next;
    return next;
  }

  close(): void {
    this.current?.close();
    this.current = null;
  }
}
