import type { libraryCalls } from '../../../../shared/api/calls/library';
import type { HandlersFor } from '../handlerTypes';

export const libraryHandlers: HandlersFor<typeof libraryCalls> = {
  listReferences: (ws) => ws.require().references.list(),
  createReference: (ws, { csl }) => ws.require().references.create(csl),
  updateReference: (ws, { id, csl }) => ws.require().references.update(id, csl),
  deleteReference: (ws, { id }) => {
    ws.require().references.delete(id);
    return { id };
  },
  listComments: (ws) => ws.require().comments.list(),
  listAssets: (ws) => ws.require().assets.list(),
  getAsset: (ws, { id }) => {
    const assets = ws.require().assets;
    return { ...assets.get(id), base64: assets.bytes(id).toString('base64') };
  },
  createAsset: (ws, { base64, ...rest }) => ws.require().assets.create({ ...rest, bytes: Buffer.from(base64, 'base64') }),
  updateAsset: (ws, { id, ...patch }) => ws.require().assets.update(id, patch),
  deleteAsset: (ws, { id }) => {
    ws.require().assets.delete(id);
    return { id };
  },
  listBrands: (ws) => ws.require().brands.list(),
};
