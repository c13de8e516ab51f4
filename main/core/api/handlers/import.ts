import type { importCalls } from '../../../../shared/api/calls/import';
import { importDocument } from '../../import/importDocument';
import type { HandlersFor } from '../handlerTypes';

export const importHandlers: HandlersFor<typeof importCalls> = {
  // The renderer sends bytes only: a Markdown file's relative images cannot be read from here.
  importDocument: (ws, { fileName, base64 }) => importDocument(ws.require(), { fileName, bytes: Buffer.from(base64, 'base64') }),
};
