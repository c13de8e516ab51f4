import { z } from 'zod';
import { Id, Timestamp } from './ids';

export const ImageMime = z.enum(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/svg+xml']);
export type ImageMime = z.infer<typeof ImageMime>;

/** Largest asset accepted, so a giant image cannot bloat or stall the project. */
export const MAX_ASSET_BYTES = 25 * 1024 * 1024;

export const AssetSummary = z.object({
  id: Id,
  name: z.string().min(1).max(300),
  mimeType: ImageMime,
  size: z.number().int().min(0),
  altText: z.string().max(2000),
  /** True when the image adds nothing a reader needs; it then carries no alt text. */
  decorative: z.boolean(),
  createdAt: Timestamp,
});
export type AssetSummary = z.infer<typeof AssetSummary>;

/** Bytes travel as base64 so every transport (IPC, Playwright bindings, JSON interchange) carries them alike. */
export const Asset = AssetSummary.extend({ base64: z.base64() });
export type Asset = z.infer<typeof Asset>;
