import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A small RAM disk of its own, so a test can fill it or make it read-only; null (with the reason) where mounting is not allowed. */
export function mountTmpfs(sizeKb: number): { dir: string; remount(options: string): void; unmount(): void } | { skip: string } {
  const dir = mkdtempSync(join(tmpdir(), 'casebook-tmpfs-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    return { skip: `cannot mount a tmpfs here (${String((error as { stderr?: Buffer }).stderr ?? error).trim() || 'not permitted'})` };
  }
  return {
    dir,
    remount: (options) => execFileSync('mount', ['-o', `remount,${options}`, dir], { stdio: 'pipe' }),
    unmount: () => {
      try {
        execFileSync('umount', ['-l', dir], { stdio: 'pipe' });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
