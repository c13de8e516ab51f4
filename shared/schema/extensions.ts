import type { AnyExtension } from '@tiptap/core';
import { getSchema } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { TableKit } from '@tiptap/extension-table';
import { Citation } from './nodes/citation';
import { FindingRef } from './nodes/findingRef';
import { SafetyItemBlock } from './nodes/safetyItemBlock';
import { Callout } from './nodes/callout';
import { Footnote } from './nodes/footnote';
import { Figure } from './nodes/figure';
import { ALLOWED_LINK_SCHEMES, isAllowedLink } from './allowedUri';

/**
 * The document schema of a section, shared by the editor (renderer) and the
 * exporters and importers (main/core). No view or React code here, so main/core
 * can build the same schema headlessly.
 */
export const schemaExtensions: AnyExtension[] = [
  StarterKit.configure({
    heading: { levels: [2, 3, 4] },
    codeBlock: false,
    code: false,
    link: {
      openOnClick: false,
      autolink: true,
      protocols: [...ALLOWED_LINK_SCHEMES],
      isAllowedUri: (url) => isAllowedLink(url),
    },
  }),
  TableKit.configure({ table: { resizable: false } }),
  Citation,
  FindingRef,
  SafetyItemBlock,
  Callout,
  Footnote,
  Figure,
];

export const reportSchema = () => getSchema(schemaExtensions);
