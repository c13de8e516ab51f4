import type { publishCalls } from '../../../../shared/api/calls/publish';
import type { HandlersFor } from '../handlerTypes';
import { checkPlainEnglish } from '../../publish/plainEnglish';
import { prepublishChecklist } from '../../publish/prepublishChecklist';

export const publishHandlers: HandlersFor<typeof publishCalls> = {
  prepublishChecklist: (ws, { brandName }) => prepublishChecklist(ws.require(), { brandName }),
  sectionReadability: (ws, { sectionId }) => checkPlainEnglish(ws.require().sections.get(sectionId).content),
};
