import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { refuseToOpen } from './openableFile';

const dir = mkdtempSync(join(tmpdir(), 'casebook-open-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('refuseToOpen', () => {
  it('lets an existing regular file through', () => {
    const file = join(dir, 'report.pdf');
    writeFileSync(file, '%PDF-');
    expect(refuseToOpen(file)).toBeNull();
  });

  it('refuses folders, links, missing files and relative paths with a reason', () => {
    const target = join(dir, 'target.pdf');
    writeFileSync(target, '%PDF-');
    const link = join(dir, 'link.pdf');
    symlinkSync(target, link);
    expect(refuseToOpen(dir)).toMatch(/is not a file/);
    expect(refuseToOpen(link)).toMatch(/is not a file/);
    expect(refuseToOpen(join(dir, 'gone.pdf'))).toMatch(/no longer exists/);
    expect(refuseToOpen('report.pdf')).toMatch(/not a full path/);
  });
});
