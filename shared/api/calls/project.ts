import { z } from 'zod';
import { call } from '../call';
import { ReportMeta, ReportMetaPatch } from '../../model';

export const ProjectInfo = z.object({
  path: z.string(),
  name: z.string(),
  readOnly: z.boolean(),
  schemaVersion: z.number().int(),
  meta: ReportMeta,
});
export type ProjectInfo = z.infer<typeof ProjectInfo>;

export const ProjectCounts = z.object({
  title: z.string(),
  sections: z.number().int(),
  findings: z.number().int(),
  safetyItems: z.number().int(),
  references: z.number().int(),
  comments: z.number().int(),
  assets: z.number().int(),
  words: z.number().int(),
  schemaVersion: z.number().int(),
});
export type ProjectCounts = z.infer<typeof ProjectCounts>;

const NoArgs = z.object({}).strict();

export const projectCalls = {
  currentProject: call('The project open in this window, or null.', NoArgs, ProjectInfo.nullable()),
  projectCounts: call('Title, entity counts and word count of the open project.', NoArgs, ProjectCounts),
  getMeta: call('The report metadata.', NoArgs, ReportMeta),
  updateMeta: call('Change report metadata fields.', z.object({ patch: ReportMetaPatch }).strict(), ReportMeta),
};
