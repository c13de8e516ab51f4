import { z } from 'zod';
import { call } from '../call';
import { Finding, Id, SafetyItem } from '../../model';

const FindingInput = Finding.omit({ id: true, order: true, code: true });
const SafetyItemInput = SafetyItem.omit({ id: true, order: true, code: true });

export const registerCalls = {
  listFindings: call('Every finding, in register order, with current codes.', z.object({}).strict(), z.array(Finding)),
  createFinding: call('Add a finding at the end of the register.', z.object({ finding: FindingInput }).strict(), Finding),
  updateFinding: call('Change a finding.', z.object({ id: Id, patch: FindingInput.partial() }).strict(), Finding),
  deleteFinding: call('Delete a finding.', z.object({ id: Id }).strict(), z.object({ id: Id })),
  reorderFindings: call('Put the register in this order.', z.object({ ids: z.array(Id) }).strict(), z.array(Finding)),
  listSafetyItems: call('Every safety item with current codes.', z.object({}).strict(), z.array(SafetyItem)),
  createSafetyItem: call('Add a safety recommendation, observation or action.', z.object({ item: SafetyItemInput }).strict(), SafetyItem),
  updateSafetyItem: call('Change a safety item.', z.object({ id: Id, patch: SafetyItemInput.partial() }).strict(), SafetyItem),
  deleteSafetyItem: call('Delete a safety item.', z.object({ id: Id }).strict(), z.object({ id: Id })),
};
