import { afterEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { useTempProjects } from '../store/tempProjects';
import { Workspace } from './workspace';

const temp = useTempProjects();
const workspaces: Workspace[] = [];
const workspace = () => {
  const made = new Workspace();
  workspaces.push(made);
  return made;
};
afterEach(() => {
  for (const ws of workspaces.splice(0)) ws.close();
});

describe('a workspace', () => {
  it('starts with no project and says so clearly', () => {
    const ws = workspace();
    expect(ws.project).toBeNull();
    expect(() => ws.require()).toThrow(expect.objectContaining({ code: 'no-project', message: expect.stringMatching(/No project is open/) }));
  });

  it('creates, closes and opens projects, releasing the previous file', () => {
    const ws = workspace();
    const first = ws.create(temp.path(), { title: 'First' });
    const second = ws.create(temp.path(), { title: 'Second' });
    expect(ws.require()).toBe(second);
    // The first file was closed, so another window may open it.
    const other = workspace();
    expect(other.open(first.path).meta.get().title).toBe('First');
    ws.close();
    expect(ws.project).toBeNull();
  });

  it('keeps the current project when opening another file fails', () => {
    const ws = workspace();
    const current = ws.create(temp.path(), { title: 'Current' });
    const notes = temp.path('notes.casebook');
    writeFileSync(notes, 'not a project at all, just some notes');
    expect(() => ws.open(notes)).toThrow(expect.objectContaining({ code: 'invalid-file' }));
    expect(ws.require()).toBe(current);
    expect(current.meta.get().title).toBe('Current');
  });

  it('keeps the current project when creating another fails', () => {
    const ws = workspace();
    const current = ws.create(temp.path());
    expect(() => ws.create(current.path)).toThrow(expect.objectContaining({ code: 'conflict' }));
    expect(ws.require()).toBe(current);
  });

  it('reopening the file it already has open keeps it, rather than refusing its own lock', () => {
    const ws = workspace();
    const current = ws.create(temp.path());
    expect(ws.open(current.path)).toBe(current);
    expect(ws.open(`${current.path}/../report.casebook`)).toBe(current);
  });

  it('refuses a file another workspace has open', () => {
    const path = workspace().create(temp.path()).path;
    expect(() => workspace().open(path)).toThrow(/open in another Casebook window or program/);
  });
});
