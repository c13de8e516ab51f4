import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronInstalled = existsSync(join(repo, 'node_modules', 'electron', 'package.json'));

describe('npm start (scripts/start.mjs)', () => {
  it.skipIf(electronInstalled)('says in one message, without a stack trace, that Electron is not installed', () => {
    const run = spawnSync(process.execPath, [join(repo, 'scripts', 'start.mjs')], { cwd: repo, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('The Electron binary is not installed');
    expect(run.stderr).toContain('npm test');
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });
});
