import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The resources/ folder: beside the source tree in development and tests, and
 * pointed to by CASEBOOK_RESOURCES in the packaged app (electron-builder extraResources).
 */
export function resourcesDir(): string {
  const fromEnv = process.env.CASEBOOK_RESOURCES;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  let dir = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'resources');
    if (existsSync(join(candidate, 'brands'))) return candidate;
    dir = resolve(dir, '..');
  }
  throw new Error('Casebook’s resources folder was not found; set CASEBOOK_RESOURCES to its path.');
}
