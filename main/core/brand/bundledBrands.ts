import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Brand } from '../../../shared/model';
import { resourcesDir } from '../resourcesDir';

/** The brands shipped in resources/brands, by name. */
export function bundledBrands(): Brand[] {
  const dir = join(resourcesDir(), 'brands');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => Brand.parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))));
}

export const DEFAULT_BRAND_NAME = 'NHS blue';

/** Finds a brand by name (case-insensitive) among the project's own brands and the bundled ones. */
export function findBrand(name: string, projectBrands: Brand[]): Brand | undefined {
  const wanted = name.trim().toLowerCase();
  return [...projectBrands, ...bundledBrands()].find((b) => b.name.toLowerCase() === wanted);
}
