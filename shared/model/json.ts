import { z } from 'zod';

/** A ProseMirror/TipTap node as stored: JSON, checked structurally here and against the schema in main/core. */
export interface DocNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocNode[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
}

export const DocNodeSchema: z.ZodType<DocNode> = z.lazy(() =>
  z.object({
    type: z.string().min(1),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(DocNodeSchema).optional(),
    marks: z
      .array(z.object({ type: z.string().min(1), attrs: z.record(z.string(), z.unknown()).optional() }))
      .optional(),
    text: z.string().optional(),
  }),
);

export const DocSchema = DocNodeSchema.refine((node) => node.type === 'doc', {
  message: 'section content must be a ProseMirror document whose top node is "doc"',
});

export const emptyDoc = (): DocNode => ({ type: 'doc', content: [{ type: 'paragraph' }] });
