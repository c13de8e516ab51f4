import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../api/dispatcher';
import { Workspace } from '../api/workspace';
import { Project } from '../store/project';
import { readableStorageFailure } from '../store/sqliteErrors';
import { sha256 } from '../store/tempProjects';
import { figuresFor } from './testing/figures';
import { paragraphDoc } from './testing/fixtureProject';
import { mountTmpfs } from './testing/tmpfs';

const figures = figuresFor(import.meta.filename);
const disk = mountTmpfs(2048);
const skip = 'skip' in disk ? disk.skip : null;
if (skip) console.log(`disk full and read-only tests skipped: ${skip}`);

/** Fills what is left of the disk with one file, which the test removes to free the space. */
function fillDisk(path: string): void {
  const fd = openSync(path, 'w');
  const block = Buffer.alloc(64 * 1024, 1);
  try {
    for (;;) writeSync(fd, block);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(fd);
  }
  // Smaller writes take the last few free bytes.
  const fd2 = openSync(path, 'a');
  try {
    for (;;) writeSync(fd2, Buffer.alloc(512, 1));
  } catch {
    // ENOSPC: the disk is full now.
  } finally {
    closeSync(fd2);
  }
}

describe.skipIf(skip)('a full disk or a read-only file', () => {
  let dir: string;
  beforeAll(() => {
    dir = (disk as { dir: string }).dir;
  });
  afterAll(() => {
    if (!skip) (disk as { unmount(): void }).unmount();
  });

  it('a save to a full disk fails with a clear message, keeps the file whole and works once space is freed', async () => {
    const path = join(dir, 'full.casebook');
    const workspace = new Workspace();
    const dispatch = createDispatcher(workspace, () => {});
    const project = workspace.create(path, { title: 'Disk full' });
    const section = project.sections.create({ parentId: null, title: 'Findings', content: paragraphDoc('saved before the disk filled') });
    const filler = join(dir, 'filler.bin');
    fillDisk(filler);

    const big = paragraphDoc(`typed after the disk filled ${'x'.repeat(600_000)}`);
    const envelope = await dispatch('updateSection', { id: section.id, content: big });
    expect(envelope).toEqual({
      ok: false,
      error: { code: 'internal', message: expect.stringMatching(/^The disk is full, so the last change was not saved\. Your text is still in the editor: free some space and save again\.$/) },
    });
    // The connection still reads what was saved before.
    expect(JSON.stringify(project.sections.get(section.id).content)).toContain('saved before the disk filled');

    rmSync(filler);
    const retry = await dispatch('updateSection', { id: section.id, content: big });
    expect(retry.ok).toBe(true);
    workspace.close();

    const reopened = Project.open(path);
    try {
      expect(reopened.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(JSON.stringify(reopened.sections.get(section.id).content)).toContain('typed after the disk filled');
    } finally {
      reopened.close();
    }
    figures.add({ cases: 2 });
  });

  it('a project closed while the disk is full reopens whole, with what was saved before', () => {
    const path = join(dir, 'closed-full.casebook');
    const project = Project.create(path);
    const section = project.sections.create({ parentId: null, title: 'Findings', content: paragraphDoc('kept') });
    const filler = join(dir, 'filler2.bin');
    fillDisk(filler);
    let failure: unknown;
    try {
      project.sections.update({ id: section.id, content: paragraphDoc('y'.repeat(800_000)) });
    } catch (error) {
      failure = error;
    }
    expect(readableStorageFailure(failure)?.message).toMatch(/disk is full/);
    // Closing checkpoints the WAL; on a full disk that may fail too, and must not lose anything.
    try {
      project.close();
    } catch (error) {
      expect(readableStorageFailure(error)).not.toBeNull();
      if (project.db.open) project.db.close();
    }
    rmSync(filler);
    const reopened = Project.open(path);
    try {
      expect(reopened.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(JSON.stringify(reopened.sections.get(section.id).content)).toContain('kept');
    } finally {
      reopened.close();
    }
    figures.add({ cases: 1 });
  });

  it('a project on a read-only drive is refused with a clear message and left untouched', () => {
    const path = join(dir, 'readonly.casebook');
    const project = Project.create(path);
    project.sections.create({ parentId: null, title: 'Findings', content: paragraphDoc('on a drive that becomes read-only') });
    project.close();
    rmSync(join(dir, 'full.casebook'), { force: true });
    const before = sha256(path);
    const remount = (disk as { remount(options: string): void }).remount;
    remount('ro');
    try {
      expect(() => Project.open(path)).toThrow(/^Cannot open “.*readonly\.casebook”: the file is read-only\. Save a copy where you can write/);
      expect(sha256(path)).toBe(before);
    } finally {
      remount('rw');
    }
    figures.add({ cases: 1 });
  });
});

describe('storage errors read as advice', () => {
  const sqlite = (code: string, message = code) => Object.assign(new Error(message), { code });

  it.each([
    ['SQLITE_FULL', 'internal', /disk is full/],
    ['ENOSPC', 'internal', /disk is full/],
    ['SQLITE_READONLY', 'read-only', /cannot be written.*Save As/],
    ['SQLITE_READONLY_DBMOVED', 'read-only', /cannot be written/],
    ['EROFS', 'read-only', /read-only/],
    ['SQLITE_IOERR_WRITE', 'internal', /disk reported an error/],
    ['SQLITE_CORRUPT', 'invalid-file', /damaged.*latest backup/],
    ['SQLITE_BUSY', 'conflict', /busy/],
  ])('%s', (code, envelopeCode, message) => {
    const failure = readableStorageFailure(sqlite(code));
    expect(failure).toMatchObject({ code: envelopeCode, message: expect.stringMatching(message) });
    expect(failure!.message).toMatch(/Your text is still in the editor/);
  });

  it('leaves other errors alone', () => {
    expect(readableStorageFailure(new Error('x'))).toBeNull();
    expect(readableStorageFailure(sqlite('SQLITE_CONSTRAINT_UNIQUE'))).toBeNull();
    expect(readableStorageFailure(null)).toBeNull();
  });

  it('reaches the renderer through the dispatcher, unlogged', async () => {
    const logged: unknown[] = [];
    const workspace = new Workspace();
    const dispatch = createDispatcher(workspace, (e) => logged.push(e));
    const failing = { require: () => { throw sqlite('SQLITE_FULL', 'database or disk is full'); }, project: null } as unknown as Workspace;
    const viaFailing = createDispatcher(failing, (e) => logged.push(e));
    expect(await viaFailing('getMeta', {})).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringMatching(/disk is full/) } });
    expect(logged).toEqual([]);
    expect((await dispatch('getMeta', {})).ok).toBe(false);
  });
});
