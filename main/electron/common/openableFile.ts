import { isAbsolute } from 'node:path';
import { lstatSync } from 'node:fs';

/**
 * Why a path must not be opened or shown, or null when it may: only an existing regular
 * file named by an absolute path. The renderer names the path, so a folder, a link, an
 * application bundle or a relative path could otherwise be launched through the shell.
 */
export function refuseToOpen(path: string): string | null {
  if (!isAbsolute(path)) return `“${path}” is not a full path.`;
  let stat;
  try {
    stat = lstatSync(path);
  } catch {
    return `“${path}” no longer exists.`;
  }
  if (!stat.isFile()) return `“${path}” is not a file.`;
  return null;
}
