import { z } from 'zod';
import { call } from '../call';
import { Id } from '../../model';

export const PublishRule = z.enum([
  'image-alt',
  'empty-section',
  'heading-skip',
  'unresolved-comment',
  'not-approved',
  'missing-reference',
  'uncited-reference',
  'missing-finding',
  'missing-safety-item',
  'safety-item-addressee',
  'unplaced-safety-item',
  'link-scheme',
  'brand-contrast',
  'plain-english',
]);

/** One item of the pre-publish checklist. Blocking items stop `casebook check --publish` (exit 1). */
export const PublishProblem = z.object({
  rule: PublishRule,
  severity: z.enum(['blocking', 'advisory']),
  message: z.string(),
  /** Where to jump: a section and a position in it, or an entity in a panel. */
  sectionId: Id.optional(),
  position: z.number().int().min(0).optional(),
  entity: z.object({ kind: z.enum(['reference', 'safetyItem', 'brand', 'comment']), id: Id }).optional(),
});
export type PublishProblem = z.infer<typeof PublishProblem>;

export const PlainEnglishNote = z.object({
  kind: z.enum(['long-sentence', 'passive', 'simpler-word']),
  message: z.string(),
  excerpt: z.string(),
  from: z.number().int().min(0),
  to: z.number().int().min(0),
});
export type PlainEnglishNote = z.infer<typeof PlainEnglishNote>;

export const SectionReadability = z.object({
  words: z.number().int(),
  sentences: z.number().int(),
  readingAge: z.number().nullable(),
  notes: z.array(PlainEnglishNote),
});
export type SectionReadability = z.infer<typeof SectionReadability>;

export const publishCalls = {
  prepublishChecklist: call(
    'Everything to settle before publishing, blocking problems first.',
    z.object({ brandName: z.string().max(200).optional() }).strict(),
    z.array(PublishProblem),
  ),
  sectionReadability: call(
    'Advisory plain-English notes and a reading age for one section, as currently stored.',
    z.object({ sectionId: Id }).strict(),
    SectionReadability,
  ),
};
