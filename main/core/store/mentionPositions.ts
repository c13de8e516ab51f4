import { reportSchema } from '../../../shared/schema';
import type { DocNode } from '../../../shared/model';
import { mentionOf, type Mention } from '../../../shared/numbering/mentions';

let schema: ReturnType<typeof reportSchema> | undefined;

/**
 * The ProseMirror positions (before each node) of the matching mentions in a
 * document, so the editor can select and scroll to a finding reference, a
 * citation or a safety item block when a panel asks to jump there.
 */
export function mentionPositions(doc: DocNode, matches: (m: Mention) => boolean): number[] {
  schema ??= reportSchema();
  const out: number[] = [];
  try {
    schema.nodeFromJSON(doc).descendants((node, pos) => {
      const mention = mentionOf({ type: node.type.name, attrs: node.attrs });
      if (mention && matches(mention)) out.push(pos);
    });
  } catch {
    // Stored content is checked against the schema on save; if it no longer fits, the section is still listed, without positions.
  }
  return out;
}
