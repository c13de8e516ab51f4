import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectPathFromArgv, withProjectExtension } from './launchArgs';

describe('command line', () => {
  const cwd = resolve('/home/writer');

  it('finds the project among switches and the app path', () => {
    expect(projectPathFromArgv(['.', '--inspect=0', 'reports/Staff support.casebook'], cwd)).toBe(join(cwd, 'reports', 'Staff support.casebook'));
    expect(projectPathFromArgv(['--no-sandbox', resolve('/tmp/a.CASEBOOK')], cwd)).toBe(resolve('/tmp/a.CASEBOOK'));
  });

  it('finds nothing when no project is named', () => {
    expect(projectPathFromArgv(['.', '--flag=x.casebook', 'notes.txt'], cwd)).toBeUndefined();
    expect(projectPathFromArgv([], cwd)).toBeUndefined();
  });

  it('adds the extension a save dialog left off', () => {
    expect(withProjectExtension('/r/report')).toBe('/r/report.casebook');
    expect(withProjectExtension('/r/report.Casebook')).toBe('/r/report.Casebook');
  });
});
