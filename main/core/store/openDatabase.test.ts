import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, copyFileSync, openSync, readdirSync, statSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID } from './format';
import { SCHEMA_VERSION } from './migrations';
import { Project } from './project';
import { sha256, useTempProjects } from './tempProjects';

const temp = useTempProjects();

/** Opening must fail with an invalid-file error naming the file and the problem, and change nothing on disk. */
function expectRefusedUntouched(path: string, problem: RegExp) {
  const folder = readdirSync(join(path, '..')).sort();
  const before = sha256(path);
  let error: unknown;
  try {
    Project.open(path).close();
  } catch (caught) {
    error = caught;
  }
  expect(error).toMatchObject({ name: 'CasebookFailure', code: 'invalid-file' });
  const { message } = error as Error;
  expect(message).toContain(path);
  expect(message).toMatch(problem);
  expect(sha256(path)).toBe(before);
  expect(readdirSync(join(path, '..')).sort()).toEqual(folder);
}

function writeBytes(path: string, offset: number, bytes: Buffer) {
  const fd = openSync(path, 'r+');
  try {
    writeSync(fd, bytes, 0, bytes.length, offset);
  } finally {
    closeSync(fd);
  }
}

/** A closed project with enough content to span many pages. */
function projectWithContent(): string {
  const project = temp.create({ title: 'Full' });
  for (let i = 0; i < 40; i++) {
    const text = `Paragraph ${i} ${'about how staff are supported after incidents '.repeat(40)}`;
    project.sections.create({ parentId: null, title: `Section ${i}`, content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] } });
  }
  project.close();
  return project.path;
}

describe('files that are not Casebook projects are refused and left untouched', () => {
  it('a text file', () => {
    const path = temp.path('notes.casebook');
    writeFileSync(path, 'Meeting notes\n'.repeat(20));
    expectRefusedUntouched(path, /not a Casebook project \(not a SQLite database\)/);
  });

  it('a PNG image', () => {
    const path = temp.path('picture.casebook');
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 7)]);
    writeFileSync(path, png);
    expectRefusedUntouched(path, /not a SQLite database/);
  });

  it('an empty file', () => {
    const path = temp.path('empty.casebook');
    writeFileSync(path, '');
    expectRefusedUntouched(path, /empty or too short/);
  });

  it('another program’s SQLite database', () => {
    const path = temp.path('other.casebook');
    const db = new Database(path);
    db.exec("CREATE TABLE t (x); INSERT INTO t VALUES ('data')");
    db.close();
    expectRefusedUntouched(path, /SQLite database, but not a Casebook project/);
  });

  it('a project written by a newer Casebook', () => {
    const path = temp.path('newer.casebook');
    const db = new Database(path);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.exec('CREATE TABLE future (x)');
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expectRefusedUntouched(path, /newer version of Casebook/);
  });

  it('a project whose header was patched to a newer format', () => {
    const path = projectWithContent();
    const version = Buffer.alloc(4);
    version.writeUInt32BE(SCHEMA_VERSION + 5);
    writeBytes(path, 60, version);
    expectRefusedUntouched(path, new RegExp(`file format ${SCHEMA_VERSION + 5}`));
  });

  it('a folder', () => {
    const path = temp.dir();
    let error: unknown;
    try {
      Project.open(path);
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ code: 'invalid-file', message: expect.stringMatching(/folder/) });
  });

  it('a missing file', () => {
    expect(() => Project.open(temp.path('gone.casebook'))).toThrow(/does not exist/);
  });
});

/** Makes a file read-only even for root (immutable); null where the file system cannot. */
function makeReadOnly(path: string): (() => void) | null {
  if (process.getuid?.() !== 0) {
    chmodSync(path, 0o444);
    return () => chmodSync(path, 0o644);
  }
  const chattr = (flag: string) => spawnSync('chattr', [flag, path]).status === 0;
  return chattr('+i') ? () => chattr('-i') : null;
}

describe('a read-only project', () => {
  it('is refused with a message that says so, and left untouched', (context) => {
    const project = temp.create();
    project.close();
    const undo = makeReadOnly(project.path);
    if (!undo) return context.skip();
    try {
      const before = sha256(project.path);
      expect(() => Project.open(project.path)).toThrow(
        expect.objectContaining({ code: 'read-only', message: expect.stringMatching(/^Cannot open “.*”: the file is read-only\./) }),
      );
      expect(sha256(project.path)).toBe(before);
      expect(readdirSync(join(project.path, '..'))).toEqual(['report.casebook']);
    } finally {
      undo();
    }
  });
});

describe('damaged projects are refused and left untouched', () => {
  it('with bytes overwritten in the middle pages', () => {
    const path = projectWithContent();
    const size = statSync(path).size;
    expect(size).toBeGreaterThan(16 * 4096);
    for (let page = 2; page * 4096 < size - 4096; page += 3) writeBytes(path, page * 4096 + 8, Buffer.alloc(64, 0xa5));
    expectRefusedUntouched(path, /damaged/);
  });

  it('whose header disagrees with its pages (found by the check on opening)', () => {
    const path = projectWithContent();
    const freelistCount = Buffer.alloc(4);
    freelistCount.writeUInt32BE(5);
    writeBytes(path, 36, freelistCount);
    expectRefusedUntouched(path, /the file is damaged \(Freelist: size is 0 but should be 5\)\.$/);
  });

  it('cut short', () => {
    const path = projectWithContent();
    const copy = temp.path('truncated.casebook');
    copyFileSync(path, copy);
    truncateSync(copy, Math.floor(statSync(path).size / 2));
    expectRefusedUntouched(copy, /damaged/);
  });
});

const root = fileURLToPath(new URL('../../..', import.meta.url));

// Starting Node with tsx can take several seconds on a busy machine.
const CHILD_TIMEOUT = 60_000;

/** Runs TypeScript in a separate Node process, with Project imported and the path as argv[2]. */
function runInChild(body: string, path: string) {
  const script = join(temp.dir(), 'child.ts');
  writeFileSync(script, `import { Project } from ${JSON.stringify(join(root, 'main/core/store/project.ts'))};\n${body}\n`);
  return spawnSync(process.execPath, ['--import', 'tsx', script, path], { cwd: root, encoding: 'utf8', timeout: CHILD_TIMEOUT });
}

describe('only one writer at a time', () => {
  it('refuses a second open in the same process', () => {
    const project = temp.create();
    expect(() => Project.open(project.path)).toThrow(/open in another Casebook window or program/);
    expect(project.meta.get().title).toBe('Untitled report');
  });

  it('refuses a second open from another process, with a clear message', () => {
    const project = temp.create();
    project.sections.create({ parentId: null, title: 'Held open' });
    const child = runInChild(
      `try { Project.open(process.argv[2]!).close(); console.log(JSON.stringify({ opened: true })); }
       catch (error) { console.log(JSON.stringify({ code: (error as { code?: string }).code, message: (error as Error).message })); }`,
      project.path,
    );
    expect(child.error).toBeUndefined();
    expect(child.stderr).toBe('');
    const outcome = JSON.parse(child.stdout.trim()) as { code?: string; message?: string };
    expect(outcome.code).toBe('invalid-file');
    expect(outcome.message).toContain(project.path);
    expect(outcome.message).toMatch(/open in another Casebook window or program/);
    // The first writer carries on undisturbed.
    expect(project.sections.list().map((s) => s.title)).toEqual(['Held open']);
  }, 2 * CHILD_TIMEOUT);

  it('lets the file be opened again once the first writer closes', () => {
    const project = temp.create();
    project.close();
    expect(temp.open(project.path).meta.get().title).toBe('Untitled report');
  });
});

describe('after a crash', () => {
  it('every acknowledged change is there when the project is next opened, and the log is folded in', () => {
    const path = temp.path();
    // The child writes, then dies without closing: the changes sit in the -wal file only.
    const child = runInChild(
      `const project = Project.create(process.argv[2]!, { title: 'Crashed' });
       project.sections.create({ parentId: null, title: 'Written before the crash' });
       project.register.createFinding({ title: 'F', statement: '', themes: [], evidenceNotes: '' });
       process.kill(process.pid, 'SIGKILL');`,
      path,
    );
    expect(child.error).toBeUndefined();
    expect(child.stderr).toBe('');
    expect(child.signal).toBe('SIGKILL');
    expect(readdirSync(join(path, '..'))).toContain('report.casebook-wal');

    const project = temp.open(path);
    expect(project.meta.get().title).toBe('Crashed');
    expect(project.sections.list().map((s) => s.title)).toEqual(['Written before the crash']);
    expect(project.register.listFindings()).toHaveLength(1);
    project.close();
    expect(readdirSync(join(path, '..'))).toEqual(['report.casebook']);
  }, 2 * CHILD_TIMEOUT);
});
