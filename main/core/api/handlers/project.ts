import type { projectCalls } from '../../../../shared/api/calls/project';
import type { HandlersFor } from '../handlerTypes';
import { projectCounts } from '../../project/projectCounts';

export const projectHandlers: HandlersFor<typeof projectCalls> = {
  currentProject: (ws) => {
    const project = ws.project;
    if (!project) return null;
    return {
      path: project.path,
      name: project.name,
      readOnly: false,
      schemaVersion: project.schemaVersion,
      meta: project.meta.get(),
    };
  },
  projectCounts: (ws) => projectCounts(ws.require()),
  getMeta: (ws) => ws.require().meta.get(),
  updateMeta: (ws, { patch }) => {
    const project = ws.require();
    return project.transaction(() => {
      const meta = project.meta.update(patch);
      if (patch.publicationDate !== undefined) project.register.renumber();
      return meta;
    });
  },
};
