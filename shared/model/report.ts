import { z } from 'zod';
import { CalendarDate, Id } from './ids';

export const ReportStatus = z.enum(['draft', 'in-review', 'approved', 'published']);
export const CitationStyle = z.enum(['vancouver', 'harvard']);
export type CitationStyle = z.infer<typeof CitationStyle>;

export const ReportMeta = z.object({
  reportId: Id,
  title: z.string().max(500),
  subtitle: z.string().max(500),
  referenceNumber: z.string().max(100),
  reportType: z.string().max(200),
  authors: z.array(z.string().trim().min(1).max(200)),
  publicationDate: CalendarDate,
  status: ReportStatus,
  language: z.literal('en-GB'),
  citationStyle: CitationStyle,
  brandId: Id.nullable(),
});
export type ReportMeta = z.infer<typeof ReportMeta>;

export const ReportMetaPatch = ReportMeta.omit({ reportId: true, language: true }).partial();
export type ReportMetaPatch = z.infer<typeof ReportMetaPatch>;
