import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../run';
import { Project } from '../../store/project';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'casebook-check-publish-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('casebook check --publish', () => {
  it('exits 1 listing blocking problems, and 0 once they are fixed', async () => {
    const path = join(dir, 'r.casebook');
    const project = Project.create(path, { title: 'Publish me' });
    const section = project.sections.create({
      parentId: null,
      title: 'Only section',
      content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'We spoke to staff.' }] }] },
    });
    project.close();

    const before = await run('check', path, '--publish');
    expect(before.code).toBe(1);
    expect(before.out).toContain('[not-approved]');
    expect(before.out).toContain('Only section');

    const reopened = Project.open(path);
    reopened.sections.update({ id: section.id, reviewStatus: 'approved' });
    reopened.close();
    const after = await run('check', path, '--publish');
    expect(after.out).toContain('Nothing blocks publishing.');
    expect(after.code).toBe(0);
  });

  it('refuses an unknown brand with a usage error', async () => {
    const path = join(dir, 'r.casebook');
    Project.create(path).close();
    const result = await run('check', path, '--publish', '--brand', 'No such brand');
    expect(result.code).toBe(2);
    expect(result.err).toContain('No brand named');
    expect(result.err).not.toContain('    at ');
  });
});
