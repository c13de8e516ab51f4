import type Database from 'better-sqlite3';
import { basename } from 'node:path';
import { ReportMeta } from '../../../shared/model';
import { AssetRepo } from './assetRepo';
import { BrandRepo } from './brandRepo';
import { CommentRepo } from './commentRepo';
import { FormattedCitationRepo } from './formattedCitationRepo';
import { purgeCutoff, purgeDeletedSections } from './deletedSections';
import { MetaRepo } from './metaRepo';
import { closeDatabase, createDatabase, openDatabase, type OpenOptions } from './openDatabase';
import { ReferenceRepo } from './referenceRepo';
import { RegisterRepo } from './registerRepo';
import { newId } from './rows';
import { SectionRepo } from './sectionRepo';
import { SnapshotRepo } from './snapshotRepo';
import { SCHEMA_VERSION } from './migrations';
import { CasebookFailure, badRequest } from './errors';
import { existsSync, renameSync, rmSync } from 'node:fs';

export interface NewProjectInit {
  title?: string;
  /** Keep a report id (review copies, projects rebuilt from JSON); otherwise a fresh one is made. */
  reportId?: string;
}

export const defaultMeta = (init: NewProjectInit): ReportMeta => ({
  reportId: init.reportId ?? newId(),
  title: init.title ?? 'Untitled report',
  subtitle: '',
  referenceNumber: '',
  reportType: 'Learning report',
  authors: [],
  publicationDate: '',
  status: 'draft',
  language: 'en-GB',
  citationStyle: 'vancouver',
  brandId: null,
});

/** A file SQLite was writing, with the journal files it may have left beside it. */
function removeWithSidecars(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
}

/** One open .casebook file: its repositories share one connection and one exclusive lock. */
export class Project {
  readonly meta: MetaRepo;
  readonly sections: SectionRepo;
  readonly snapshots: SnapshotRepo;
  readonly register: RegisterRepo;
  readonly references: ReferenceRepo;
  readonly comments: CommentRepo;
  readonly assets: AssetRepo;
  readonly brands: BrandRepo;
  /** Citation text formatted earlier, so a fresh process need not format it again. */
  readonly formattedCitations: FormattedCitationRepo;

  private constructor(
    readonly path: string,
    readonly db: Database.Database,
  ) {
    this.meta = new MetaRepo(db);
    // Codes follow the text: any change to section text or order renumbers findings and safety items in the same transaction.
    this.sections = new SectionRepo(db, () => this.register.renumber());
    this.snapshots = new SnapshotRepo(db, this.sections);
    this.register = new RegisterRepo(db, this.meta);
    this.references = new ReferenceRepo(db);
    this.comments = new CommentRepo(db);
    this.assets = new AssetRepo(db);
    this.brands = new BrandRepo(db);
    this.formattedCitations = new FormattedCitationRepo(db);
  }

  /** Opens a project; sections deleted more than DELETED_SECTION_DAYS ago are purged then, off the editing path. */
  static open(path: string, options: OpenOptions = {}): Project {
    const db = openDatabase(path, options);
    try {
      purgeDeletedSections(db, purgeCutoff());
    } catch (error) {
      closeDatabase(db);
      throw error;
    }
    return new Project(path, db);
  }

  /** Creates a project; the file appears only once it is complete, and nothing is left behind on failure. */
  static create(path: string, init: NewProjectInit = {}, options: OpenOptions = {}): Project {
    if (existsSync(path)) throw new CasebookFailure('conflict', `“${path}” already exists; choose another name.`);
    const meta = ReportMeta.safeParse(defaultMeta(init));
    if (!meta.success) {
      const problems = meta.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
      throw badRequest(`Cannot create “${path}”: ${problems}.`);
    }
    const partial = `${path}.creating`;
    removeWithSidecars(partial);
    try {
      const db = createDatabase(partial, options);
      try {
        new MetaRepo(db).init(meta.data);
      } finally {
        closeDatabase(db);
      }
      renameSync(partial, path);
    } catch (error) {
      removeWithSidecars(partial);
      if (error instanceof CasebookFailure) throw error;
      throw new CasebookFailure('invalid-file', `Cannot create “${path}”: ${(error as Error).message}.`);
    }
    return Project.open(path, options);
  }

  get name(): string {
    return basename(this.path).replace(/\.casebook$/i, '');
  }

  get schemaVersion(): number {
    return SCHEMA_VERSION;
  }

  /** Runs fn in one transaction: every multi-row change is all or nothing. */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  /** A complete, consistent copy through SQLite's online backup API (review copies, rotating backups). */
  async backupTo(destination: string): Promise<void> {
    const partial = `${destination}.partial`;
    rmSync(partial, { force: true });
    await this.db.backup(partial);
    renameSync(partial, destination);
  }

  /** A compact copy for Save As and duplicates, written with VACUUM INTO, never a file copy. */
  saveCopy(destination: string): void {
    if (existsSync(destination)) throw new CasebookFailure('conflict', `“${destination}” already exists; choose another name.`);
    const partial = `${destination}.partial`;
    rmSync(partial, { force: true });
    this.db.prepare('VACUUM INTO ?').run(partial);
    renameSync(partial, destination);
  }

  close(): void {
    closeDatabase(this.db);
  }
}
