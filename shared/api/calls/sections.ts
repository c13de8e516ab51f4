import { z } from 'zod';
import { call } from '../call';
import { DocSchema, Id, ReviewStatus, Section, SectionSummary, Snapshot, SnapshotSummary } from '../../model';

export const sectionCalls = {
  listSections: call('Every section in outline order (depth first), without content.', z.object({}).strict(), z.array(SectionSummary)),
  getSection: call('One section with its content.', z.object({ id: Id }).strict(), Section),
  createSection: call(
    'Add a section under a parent (null: top level) at an index (default: last).',
    z.object({ parentId: Id.nullable(), index: z.number().int().min(0).optional(), title: z.string().max(500) }).strict(),
    Section,
  ),
  updateSection: call(
    'Change a section’s title, content or review status.',
    z
      .object({
        id: Id,
        title: z.string().max(500).optional(),
        content: DocSchema.optional(),
        reviewStatus: ReviewStatus.optional(),
      })
      .strict(),
    SectionSummary,
  ),
  moveSection: call(
    'Move a section to a new parent and index; nesting is limited to three levels.',
    z.object({ id: Id, parentId: Id.nullable(), index: z.number().int().min(0) }).strict(),
    z.array(SectionSummary),
  ),
  deleteSection: call(
    'Delete a section with its subsections (kept hidden in the file for a while); returns what was deleted so it can be restored.',
    z.object({ id: Id }).strict(),
    z.object({ deleted: z.array(Section) }),
  ),
  restoreSections: call(
    'Put back sections returned by deleteSection (undo), with their comments and versions while the file still holds them.',
    z.object({ sections: z.array(Section) }).strict(),
    z.array(SectionSummary),
  ),
  listSnapshots: call('Saved versions of a section, newest first.', z.object({ sectionId: Id }).strict(), z.array(SnapshotSummary)),
  createSnapshot: call(
    'Save the section’s current text as a named version.',
    z.object({ sectionId: Id, label: z.string().trim().min(1).max(200), author: z.string().max(200) }).strict(),
    SnapshotSummary,
  ),
  getSnapshot: call('One saved version with its content.', z.object({ id: Id }).strict(), Snapshot),
  restoreSnapshot: call(
    'Restore a version; the current text is first saved as a version so the restore can be undone.',
    z.object({ id: Id, author: z.string().max(200) }).strict(),
    Section,
  ),
};
