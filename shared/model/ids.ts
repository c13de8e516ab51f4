import { z } from 'zod';

export const Id = z.uuid({ message: 'must be a UUID' });
export type Id = z.infer<typeof Id>;

/** ISO 8601 timestamp, as written by `new Date().toISOString()`. */
export const Timestamp = z.iso.datetime({ offset: true });

/** A calendar date (YYYY-MM-DD) or empty while not yet set. */
export const CalendarDate = z.union([z.iso.date(), z.literal('')]);

export const Person = z.object({
  name: z.string().trim().min(1, 'a name is required').max(200),
  initials: z.string().trim().min(1).max(4),
});
export type Person = z.infer<typeof Person>;
