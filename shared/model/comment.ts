import { z } from 'zod';
import { Id, Timestamp } from './ids';

/** Where a thread sits in its section's text; null once the passage has been deleted (detached). */
export const Anchor = z
  .object({ from: z.number().int().min(0), to: z.number().int().min(0) })
  .refine((a) => a.to >= a.from, { message: 'an anchor must not end before it starts' });
export type Anchor = z.infer<typeof Anchor>;

export const Comment = z.object({
  id: Id,
  sectionId: Id,
  parentId: Id.nullable(),
  anchor: Anchor.nullable(),
  quotedText: z.string().max(5000),
  author: z.string().max(200),
  authorInitials: z.string().max(4),
  body: z.string().trim().min(1, 'a comment cannot be empty').max(20000),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  resolved: z.boolean(),
});
export type Comment = z.infer<typeof Comment>;
