import { z } from 'zod';
import { Id } from './ids';

export const Finding = z.object({
  id: Id,
  order: z.number().int().min(0),
  /** F1, F2, … numbered in order of first appearance in the report (shared/numbering). */
  code: z.string().max(20),
  title: z.string().max(500),
  statement: z.string().max(20000),
  themes: z.array(z.string().trim().min(1).max(100)),
  evidenceNotes: z.string().max(50000),
});
export type Finding = z.infer<typeof Finding>;

export const SafetyItemKind = z.enum(['recommendation', 'observation', 'action']);
export type SafetyItemKind = z.infer<typeof SafetyItemKind>;
/** How each kind is named in the editor and in every export. */
export const SAFETY_ITEM_LABEL: Record<SafetyItemKind, string> = {
  recommendation: 'Safety recommendation',
  observation: 'Safety observation',
  action: 'Safety action',
};
export const SafetyItemStatus = z.enum(['draft', 'agreed', 'issued', 'responded', 'closed']);

export const SafetyItem = z.object({
  id: Id,
  order: z.number().int().min(0),
  kind: SafetyItemKind,
  /** R/2026/001 and the like, numbered in order of appearance (shared/numbering). */
  code: z.string().max(40),
  text: z.string().max(20000),
  addressee: z.string().max(500),
  findingId: Id.nullable(),
  status: SafetyItemStatus,
});
export type SafetyItem = z.infer<typeof SafetyItem>;
