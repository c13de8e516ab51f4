import Database from 'better-sqlite3';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CasebookFailure } from './errors';
import { APPLICATION_ID } from './format';
import { registerChecksumFunction } from './checksums/checksumTriggers';
import { sealChecksums } from './checksums/sealChecksums';
import { CHECKSUMS_SINCE, SCHEMA_VERSION, migrations } from './migrations';
import { Project } from './project';
import { sha256, useTempProjects } from './tempProjects';

const temp = useTempProjects();

const pragma = (path: string, name: string) => {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return db.pragma(name, { simple: true });
  } finally {
    db.close();
  }
};

const paragraph = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

/** Fills a project with one of everything, to compare copies against. */
function fill(project: Project) {
  const section = project.sections.create({ parentId: null, title: 'Background', content: paragraph('Staff felt supported') });
  project.snapshots.create({ sectionId: section.id, label: 'First draft', author: 'Ann' });
  const finding = project.register.createFinding({ title: 'Support', statement: 'Varied', themes: ['culture'], evidenceNotes: '' });
  project.register.createSafetyItem({ kind: 'recommendation', text: 'Do', addressee: 'NHS England', findingId: finding.id, status: 'draft' });
  project.references.create({ type: 'report', title: 'A report' });
  project.comments.create({
    sectionId: section.id,
    parentId: null,
    anchor: { from: 1, to: 6 },
    quotedText: 'Staff',
    author: 'Bo',
    authorInitials: 'B',
    body: 'Which staff?',
  });
  project.assets.create({ name: 'logo.png', mimeType: 'image/png', bytes: new Uint8Array([137, 80, 78, 71]), altText: 'Logo', decorative: false });
}

function everything(project: Project) {
  return {
    meta: project.meta.get(),
    sections: project.sections.all(),
    snapshots: project.sections.list().flatMap((s) => project.snapshots.list(s.id)),
    findings: project.register.listFindings(),
    items: project.register.listSafetyItems(),
    references: project.references.list(),
    comments: project.comments.list(),
    assets: project.assets.list().map((a) => ({ ...a, bytes: [...project.assets.bytes(a.id)] })),
    brands: project.brands.list(),
  };
}

describe('creating a project', () => {
  it('writes a Casebook file: application id, schema version, WAL, foreign keys', () => {
    const project = temp.create({ title: 'Supporting staff' });
    expect(project.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(project.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(project.meta.get().title).toBe('Supporting staff');
    project.close();
    expect(pragma(project.path, 'application_id')).toBe(APPLICATION_ID);
    expect(pragma(project.path, 'user_version')).toBe(SCHEMA_VERSION);
    expect(pragma(project.path, 'journal_mode')).toBe('wal');
  });

  it('leaves nothing but the project file once closed', () => {
    const project = temp.create();
    fill(project);
    project.close();
    expect(readdirSync(dirname(project.path))).toEqual([basename(project.path)]);
  });

  it('refuses to replace an existing file and leaves it as it was', () => {
    const path = temp.path();
    writeFileSync(path, 'my notes');
    const before = sha256(path);
    expect(() => Project.create(path)).toThrow(/already exists/);
    expect(sha256(path)).toBe(before);
  });

  it('leaves no partial file when creation fails', () => {
    const path = temp.path();
    expect(() => Project.create(path, { title: 'x'.repeat(501) })).toThrow(CasebookFailure);
    expect(readdirSync(dirname(path))).toEqual([]);
  });

  it('names the folder when it cannot write there', () => {
    const path = join(temp.dir(), 'missing', 'report.casebook');
    expect(() => Project.create(path)).toThrow(expect.objectContaining({ name: 'CasebookFailure', message: expect.stringContaining(path) }));
    expect(existsSync(dirname(path))).toBe(false);
  });

  it('keeps a given report id', () => {
    const reportId = crypto.randomUUID();
    expect(temp.create({ reportId }).meta.get().reportId).toBe(reportId);
  });
});

describe('migrations', () => {
  // A file left at each older user_version, as an earlier Casebook would have written it.
  for (let version = 0; version < SCHEMA_VERSION; version++) {
    it(`bring a file from version ${version} to ${SCHEMA_VERSION}`, () => {
      const path = temp.path();
      const db = new Database(path);
      db.pragma(`application_id = ${APPLICATION_ID}`);
      for (const step of migrations.slice(0, version)) db.exec(step);
      db.pragma(`user_version = ${version}`);
      // From the version that added them, Casebook kept every row's checksum current.
      if (version >= CHECKSUMS_SINCE) {
        registerChecksumFunction(db);
        sealChecksums(db);
      }
      db.close();

      const project = temp.open(path);
      expect(project.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      const tables = project.db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[];
      expect(tables.map((t) => t.name)).toEqual(
        expect.arrayContaining(['assets', 'brands', 'comments', 'findings', 'refs', 'report', 'safety_items', 'sections', 'snapshots']),
      );
    });
  }

  it('leave a current file as it is', () => {
    const project = temp.create();
    project.close();
    expect(temp.open(project.path).db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
  });
});

describe('copies', () => {
  it('backupTo writes a complete copy that passes integrity_check', async () => {
    const project = temp.create({ title: 'Original' });
    fill(project);
    const destination = temp.path('backup.casebook');
    await project.backupTo(destination);
    expect(readdirSync(dirname(destination))).toEqual(['backup.casebook']);
    expect(pragma(destination, 'integrity_check')).toBe('ok');
    const expected = everything(project);
    expect(everything(temp.open(destination))).toEqual(expected);
  });

  it('backupTo replaces an older backup', async () => {
    const project = temp.create();
    const destination = temp.path('backup.casebook');
    await project.backupTo(destination);
    fill(project);
    await project.backupTo(destination);
    expect(temp.open(destination).sections.list()).toHaveLength(1);
  });

  it('saveCopy writes a copy that passes integrity_check and opens with the same data', () => {
    const project = temp.create({ title: 'Original' });
    fill(project);
    const destination = temp.path('copy.casebook');
    project.saveCopy(destination);
    expect(readdirSync(dirname(destination))).toEqual(['copy.casebook']);
    expect(pragma(destination, 'integrity_check')).toBe('ok');
    expect(pragma(destination, 'application_id')).toBe(APPLICATION_ID);
    const expected = everything(project);
    expect(everything(temp.open(destination))).toEqual(expected);
  });

  it('saveCopy refuses an existing destination and leaves it alone', () => {
    const project = temp.create();
    const destination = temp.path('copy.casebook');
    writeFileSync(destination, 'keep me');
    const before = sha256(destination);
    expect(() => project.saveCopy(destination)).toThrow(expect.objectContaining({ code: 'conflict' }));
    expect(sha256(destination)).toBe(before);
  });
});
