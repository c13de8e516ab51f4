import { z } from 'zod';
import { call } from '../call';
import { Id } from '../../model';

/** Largest document File → Import accepts (the DOCX zip limits inside are stricter about what it unpacks to). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export const ImportResult = z.object({
  /** The new sections, in outline order. */
  sectionIds: z.array(Id),
  /** The report title, when the import set it (the report had none). */
  title: z.string().nullable(),
  /** Things that did not come through, in words a writer understands. */
  warnings: z.array(z.string()),
});
export type ImportResult = z.infer<typeof ImportResult>;

export const importCalls = {
  importDocument: call(
    'Import a Word (.docx) or Markdown (.md) document as new sections at the end of the report; all or nothing.',
    z
      .object({
        fileName: z.string().min(1).max(300),
        base64: z.base64().max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 4, 'the file is larger than 50 MB'),
      })
      .strict(),
    ImportResult,
  ),
};
