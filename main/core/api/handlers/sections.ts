import type { sectionCalls } from '../../../../shared/api/calls/sections';
import type { HandlersFor } from '../handlerTypes';

export const sectionHandlers: HandlersFor<typeof sectionCalls> = {
  listSections: (ws) => ws.require().sections.list(),
  getSection: (ws, { id }) => ws.require().sections.get(id),
  createSection: (ws, args) => ws.require().sections.create(args),
  updateSection: (ws, args) => ws.require().sections.update(args),
  moveSection: (ws, args) => ws.require().sections.move(args),
  deleteSection: (ws, { id }) => ({ deleted: ws.require().sections.delete(id) }),
  restoreSections: (ws, { sections }) => ws.require().sections.restore(sections),
  listSnapshots: (ws, { sectionId }) => ws.require().snapshots.list(sectionId),
  createSnapshot: (ws, args) => ws.require().snapshots.create(args),
  getSnapshot: (ws, { id }) => ws.require().snapshots.get(id),
  restoreSnapshot: (ws, { id, author }) => ws.require().snapshots.restore(id, author),
};
