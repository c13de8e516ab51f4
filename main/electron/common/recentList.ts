import { resolve } from 'node:path';

/** How many projects File ▸ Open Recent lists. */
export const MAX_RECENT = 10;

const samePath = (a: string, b: string): boolean =>
  process.platform === 'win32' || process.platform === 'darwin' ? a.toLowerCase() === b.toLowerCase() : a === b;

/**
 * Reads a stored recent list whatever state the file is in: anything that is not
 * a list of absolute paths is dropped, duplicates removed, length capped.
 */
export function parseRecentList(raw: unknown): string[] {
  const items = Array.isArray(raw) ? raw : raw && typeof raw === 'object' ? (raw as { projects?: unknown }).projects : [];
  if (!Array.isArray(items)) return [];
  const list: string[] = [];
  for (const item of items) {
    if (typeof item !== 'string' || item.length === 0 || item.length > 4096) continue;
    if (resolve(item) !== item) continue;
    if (list.some((known) => samePath(known, item))) continue;
    list.push(item);
    if (list.length === MAX_RECENT) break;
  }
  return list;
}

/** The list with path at the top (moved there if already present). */
export function addRecent(list: readonly string[], path: string): string[] {
  const absolute = resolve(path);
  return [absolute, ...list.filter((known) => !samePath(known, absolute))].slice(0, MAX_RECENT);
}

/** What the recent-projects file holds. */
export const serialiseRecentList = (list: readonly string[]): { projects: string[] } => ({ projects: [...list] });
