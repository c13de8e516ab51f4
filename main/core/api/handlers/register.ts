import type { registerCalls } from '../../../../shared/api/calls/register';
import type { HandlersFor } from '../handlerTypes';

export const registerHandlers: HandlersFor<typeof registerCalls> = {
  listFindings: (ws) => ws.require().register.listFindings(),
  createFinding: (ws, { finding }) => ws.require().register.createFinding(finding),
  updateFinding: (ws, { id, patch }) => ws.require().register.updateFinding(id, patch),
  deleteFinding: (ws, { id }) => {
    ws.require().register.deleteFinding(id);
    return { id };
  },
  reorderFindings: (ws, { ids }) => ws.require().register.reorderFindings(ids),
  listSafetyItems: (ws) => ws.require().register.listSafetyItems(),
  createSafetyItem: (ws, { item }) => ws.require().register.createSafetyItem(item),
  updateSafetyItem: (ws, { id, patch }) => ws.require().register.updateSafetyItem(id, patch),
  deleteSafetyItem: (ws, { id }) => {
    ws.require().register.deleteSafetyItem(id);
    return { id };
  },
};
