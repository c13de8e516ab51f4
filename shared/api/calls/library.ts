import { z } from 'zod';
import { call } from '../call';
import { Asset, AssetSummary, Brand, Comment, CslItem, Id, ImageMime, Reference } from '../../model';

export const libraryCalls = {
  listReferences: call('Every reference in the library.', z.object({}).strict(), z.array(Reference)),
  createReference: call('Add a reference.', z.object({ csl: CslItem }).strict(), Reference),
  updateReference: call('Replace a reference’s CSL item.', z.object({ id: Id, csl: CslItem }).strict(), Reference),
  deleteReference: call('Delete a reference that is not cited.', z.object({ id: Id }).strict(), z.object({ id: Id })),

  listComments: call('Every comment of the report, oldest first.', z.object({}).strict(), z.array(Comment)),

  listAssets: call('Every asset, without bytes.', z.object({}).strict(), z.array(AssetSummary)),
  getAsset: call('One asset with its bytes.', z.object({ id: Id }).strict(), Asset),
  createAsset: call(
    'Store an image in the project.',
    z
      .object({
        name: z.string().min(1).max(300),
        mimeType: ImageMime,
        base64: z.base64(),
        altText: z.string().max(2000),
        decorative: z.boolean(),
      })
      .strict(),
    AssetSummary,
  ),
  updateAsset: call(
    'Change an asset’s name or description.',
    z.object({ id: Id, name: z.string().min(1).max(300).optional(), altText: z.string().max(2000).optional(), decorative: z.boolean().optional() }).strict(),
    AssetSummary,
  ),
  deleteAsset: call('Delete an asset.', z.object({ id: Id }).strict(), z.object({ id: Id })),

  listBrands: call('Brands stored in the project.', z.object({}).strict(), z.array(Brand)),
};
