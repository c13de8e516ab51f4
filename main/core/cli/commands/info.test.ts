import { execFile, spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, openSync, statSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createSampleProject } from '../../sample/createSampleProject';
import { sha256, useTempProjects } from '../../store/tempProjects';
import { SCHEMA_VERSION } from '../../store/migrations';
import { hasStackTrace, runCaptured } from './cliHarness';

const temp = useTempProjects();
/** npm, tsx and a fresh Node start take a while on a busy machine. */
const SPAWN_TIMEOUT = 90_000;
const COUNT_KEYS = ['title', 'sections', 'findings', 'safetyItems', 'references', 'comments', 'assets', 'words', 'schemaVersion'];

function samplePath(): string {
  const path = temp.path('sample.casebook');
  createSampleProject(path).close();
  return path;
}

describe('casebook info', () => {
  it('prints the title and counts', async () => {
    const result = await runCaptured('info', samplePath());
    expect(result.code).toBe(0);
    expect(result.out[0]).toBe('Supporting staff after patient safety incidents');
    expect(result.out.join('\n')).toMatch(/Findings\s+5/);
  });

  it('with --json prints exactly one JSON object with exactly the documented keys', async () => {
    const result = await runCaptured('info', samplePath(), '--json');
    expect(result.code).toBe(0);
    expect(result.out).toHaveLength(1);
    const counts = JSON.parse(result.out[0]!) as Record<string, unknown>;
    expect(Object.keys(counts).sort()).toEqual([...COUNT_KEYS].sort());
    expect(counts).toMatchObject({ findings: 5, safetyItems: 5, references: 10, assets: 1, schemaVersion: SCHEMA_VERSION });
  });

  it('refuses unknown options with exit 2', async () => {
    const result = await runCaptured('info', samplePath(), '--yaml');
    expect(result.code).toBe(2);
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).toMatch(/^casebook info: unknown option --yaml \(usage: casebook info FILE/);
  });

  describe('input it cannot read: exit 2, one line on stderr, no stack trace, file untouched', () => {
    const expectRefused = async (path: string, message: RegExp) => {
      const before = sha256(path);
      const result = await runCaptured('info', path, '--json');
      expect(result.code).toBe(2);
      expect(result.out).toEqual([]);
      expect(result.err).toHaveLength(1);
      expect(result.err[0]).toMatch(message);
      expect(hasStackTrace(result.err)).toBe(false);
      expect(sha256(path)).toBe(before);
    };

    it('a text file', async () => {
      const path = temp.path('notes.casebook');
      writeFileSync(path, 'Minutes of the patient safety group, 3 March.\n'.repeat(10));
      await expectRefused(path, /not a Casebook project \(not a SQLite database\)/);
    });

    it('a SQLite database of another program', async () => {
      const path = temp.path('other.db');
      const db = new Database(path);
      db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
      db.close();
      await expectRefused(path, /SQLite database, but not a Casebook project/);
    });

    it('a damaged project', async () => {
      const path = samplePath();
      const copy = temp.path('cut.casebook');
      copyFileSync(path, copy);
      truncateSync(copy, Math.floor(statSync(path).size / 2));
      await expectRefused(copy, /damaged/);
    });

    it('a project written by a newer version of Casebook', async () => {
      const path = samplePath();
      const fd = openSync(path, 'r+');
      const version = Buffer.alloc(4);
      version.writeUInt32BE(99);
      writeSync(fd, version, 0, 4, 60);
      closeSync(fd);
      await expectRefused(path, /written by a newer version of Casebook/);
    });

    it('a missing file', async () => {
      const result = await runCaptured('info', temp.path('gone.casebook'));
      expect(result.code).toBe(2);
      expect(result.err).toEqual([expect.stringMatching(/does not exist/)]);
    });
  });

  it('works as `npm run -s casebook -- info FILE --json` in a real process', async () => {
    const path = samplePath();
    const { stdout, stderr } = await promisify(execFile)('npm', ['run', '-s', 'casebook', '--', 'info', path, '--json'], {
      cwd: process.cwd(),
    });
    expect(stderr).toBe('');
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(Object.keys(JSON.parse(lines[0]!) as object).sort()).toEqual([...COUNT_KEYS].sort());
  }, SPAWN_TIMEOUT);

  it('a real process exits 2 with one line for a foreign file', async () => {
    const path = temp.path('notes.casebook');
    writeFileSync(path, 'not a project at all, just some words typed by hand');
    const run = promisify(execFile)('npm', ['run', '-s', 'casebook', '--', 'info', path], { cwd: process.cwd() });
    await expect(run).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/^casebook info: Cannot open .*\n$/) });
  }, SPAWN_TIMEOUT);

  it('a real process whose reader stops after the first line exits quietly', async () => {
    const path = samplePath();
    const result = spawnSync('sh', ['-c', 'npm run -s casebook -- info "$1" | head -n 1', 'sh', path], { cwd: process.cwd(), encoding: 'utf8' });
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toBe('');
  }, SPAWN_TIMEOUT);
});
