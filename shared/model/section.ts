import { z } from 'zod';
import { Id, Timestamp } from './ids';
import { DocSchema } from './json';

export const ReviewStatus = z.enum(['draft', 'in-review', 'changes-requested', 'approved']);
export type ReviewStatus = z.infer<typeof ReviewStatus>;

/** Sections nest to this depth: chapter, section, subsection. */
export const MAX_SECTION_DEPTH = 3;

export const SectionSummary = z.object({
  id: Id,
  parentId: Id.nullable(),
  order: z.number().int().min(0),
  title: z.string().max(500),
  reviewStatus: ReviewStatus,
  updatedAt: Timestamp,
  words: z.number().int().min(0),
});
export type SectionSummary = z.infer<typeof SectionSummary>;

export const Section = SectionSummary.extend({ content: DocSchema });
export type Section = z.infer<typeof Section>;

export const Snapshot = z.object({
  id: Id,
  sectionId: Id,
  title: z.string(),
  content: DocSchema,
  label: z.string().trim().min(1, 'a version needs a label').max(200),
  author: z.string().max(200),
  createdAt: Timestamp,
});
export type Snapshot = z.infer<typeof Snapshot>;
export const SnapshotSummary = Snapshot.omit({ content: true });
export type SnapshotSummary = z.infer<typeof SnapshotSummary>;
