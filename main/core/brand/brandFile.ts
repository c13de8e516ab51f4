import { z } from 'zod';
import { Brand, ImageMime } from '../../../shared/model';
import { badRequest } from '../store/errors';
import type { Project } from '../store/project';
import { bundledBrands } from './bundledBrands';

/** A brand saved to a file to reuse across reports; the logo travels inside it. */
const BrandFile = z.object({
  format: z.literal('casebook-brand'),
  version: z.literal(1),
  brand: Brand,
  logo: z.object({ name: z.string().min(1), mimeType: ImageMime, base64: z.base64() }).nullable(),
});

export function brandFileText(project: Project, id: string): string {
  const brand = [...project.brands.list(), ...bundledBrands()].find((b) => b.id === id);
  if (!brand) throw badRequest(`No brand with id ${id}.`);
  const asset = brand.logoAssetId ? project.assets.list().find((a) => a.id === brand.logoAssetId) : undefined;
  const logo = asset ? { name: asset.name, mimeType: asset.mimeType, base64: project.assets.bytes(asset.id).toString('base64') } : null;
  return `${JSON.stringify(BrandFile.parse({ format: 'casebook-brand', version: 1, brand, logo }), null, 2)}\n`;
}

/** Adds a brand from a brand file; a brand already in the project with the same id keeps its id and the import gets a new one. */
export function importBrandText(project: Project, text: string): Brand {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw badRequest('This is not a brand file: it is not JSON.');
  }
  const parsed = BrandFile.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw badRequest(`This is not a valid Casebook brand file (${issue?.path.join('.') || 'file'}: ${issue?.message}).`);
  }
  const { brand, logo } = parsed.data;
  return project.transaction(() => {
    const clash = project.brands.list().some((b) => b.id === brand.id) || bundledBrands().some((b) => b.id === brand.id);
    const logoAssetId = logo
      ? project.assets.create({ name: logo.name, mimeType: logo.mimeType, bytes: Buffer.from(logo.base64, 'base64'), altText: `${brand.name} logo`, decorative: false }).id
      : null;
    return project.brands.save({ ...brand, id: clash ? crypto.randomUUID() : brand.id, logoAssetId });
  });
}
