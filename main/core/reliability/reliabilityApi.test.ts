import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../api/dispatcher';
import { Workspace } from '../api/workspace';
import { Project } from '../store/project';
import { sha256, useTempProjects } from '../store/tempProjects';
import { backupProject } from './backups';
import { fillProject, textsOf } from './testing/fixtureProject';

const temp = useTempProjects();

function setup() {
  const root = join(temp.dir(), 'backups');
  const workspace = new Workspace({ backupsRoot: root });
  const dispatch = createDispatcher(workspace, (error) => {
    throw error;
  });
  return { root, workspace, dispatch };
}

describe('reliability calls', () => {
  it('a damaged project: the newest good backup is offered and restored to a new file, which the window then edits', async () => {
    const { root, workspace, dispatch } = setup();
    const path = join(temp.dir(), 'report.casebook');
    const project = Project.create(path);
    fillProject(project, 3);
    const texts = textsOf(project);
    const backup = await backupProject(project, join(root, project.meta.get().reportId));
    project.close();
    const damaged = readFileSync(path);
    damaged.fill(0xff, 4096, 4108);
    writeFileSync(path, damaged);
    const before = sha256(path);

    const opened = await dispatch('currentProject', {});
    expect(opened).toEqual({ ok: true, value: null });
    expect(() => workspace.open(path)).toThrow(/the file is damaged/);
    expect(await dispatch('latestGoodBackup', { path })).toEqual({ ok: true, value: backup });
    const destination = join(temp.dir(), 'report (restored).casebook');
    expect(await dispatch('restoreBackup', { backupPath: backup.path, destination })).toEqual({ ok: true, value: { path: destination } });
    expect(workspace.project?.path).toBe(destination);
    expect(textsOf(workspace.require())).toEqual(texts);
    expect(sha256(path)).toBe(before);
    expect(await dispatch('restoreBackup', { backupPath: backup.path, destination })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await dispatch('restoreBackup', { backupPath: path, destination: join(temp.dir(), 'x.casebook') })).toMatchObject({
      ok: false,
      error: { code: 'invalid-file', message: expect.stringMatching(/damaged too/) },
    });
    workspace.close();
  });

  it('no backups folder configured: nothing to offer', async () => {
    const dispatch = createDispatcher(new Workspace());
    expect(await dispatch('latestGoodBackup', { path: '/nowhere/report.casebook' })).toEqual({ ok: true, value: null });
  });

  it('a project in a sync folder is reported, and copied to a local file that the window then edits', async () => {
    const { workspace, dispatch } = setup();
    const synced = join(temp.dir(), 'Dropbox');
    mkdirSync(synced);
    const path = join(synced, 'report.casebook');
    const project = workspace.create(path);
    fillProject(project, 2);
    const texts = textsOf(project);
    expect(await dispatch('checkStorage', { path })).toMatchObject({ ok: true, value: { kind: 'sync', detail: 'a folder synced by Dropbox' } });

    const back = join(synced, 'also-synced.casebook');
    expect(await dispatch('copyToLocal', { path, destination: back })).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringMatching(/Dropbox as well/) } });
    expect(await dispatch('copyToLocal', { path: join(temp.dir(), 'other.casebook'), destination: join(temp.dir(), 'a.casebook') })).toMatchObject({
      ok: false,
      error: { message: 'Only the open project can be copied to a local file.' },
    });
    const local = join(temp.dir(), 'report.casebook');
    expect(await dispatch('copyToLocal', { path, destination: local })).toEqual({ ok: true, value: { path: local } });
    expect(workspace.project?.path).toBe(local);
    expect(textsOf(workspace.require())).toEqual(texts);
    expect(existsSync(path)).toBe(true);
    workspace.close();
  });

  it('follows a link into a sync folder', async () => {
    const { dispatch } = setup();
    const dir = temp.dir();
    mkdirSync(join(dir, 'OneDrive - NHS'));
    symlinkSync(join(dir, 'OneDrive - NHS'), join(dir, 'reports'));
    expect(await dispatch('checkStorage', { path: join(dir, 'reports', 'r.casebook') })).toMatchObject({ ok: true, value: { kind: 'sync', detail: 'a folder synced by OneDrive' } });
  });
});
