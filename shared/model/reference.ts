import { z } from 'zod';
import { Id } from './ids';

const CslName = z
  .object({
    family: z.string().optional(),
    given: z.string().optional(),
    literal: z.string().optional(),
  })
  .loose();

const CslDate = z
  .object({
    'date-parts': z.array(z.array(z.union([z.number(), z.string()]))).optional(),
    literal: z.string().optional(),
    raw: z.string().optional(),
  })
  .loose();

/** A CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html); unknown fields are kept. */
export const CslItem = z
  .object({
    id: z.string().optional(),
    type: z.string().min(1),
    title: z.string().optional(),
    author: z.array(CslName).optional(),
    editor: z.array(CslName).optional(),
    'container-title': z.string().optional(),
    issued: CslDate.optional(),
    accessed: CslDate.optional(),
    volume: z.union([z.string(), z.number()]).optional(),
    issue: z.union([z.string(), z.number()]).optional(),
    page: z.string().optional(),
    publisher: z.string().optional(),
    'publisher-place': z.string().optional(),
    edition: z.union([z.string(), z.number()]).optional(),
    DOI: z.string().optional(),
    URL: z.string().optional(),
  })
  .loose();
export type CslItem = z.infer<typeof CslItem>;

export const Reference = z.object({ id: Id, order: z.number().int().min(0), csl: CslItem });
export type Reference = z.infer<typeof Reference>;
