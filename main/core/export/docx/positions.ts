import type { DocNode } from '../../../../shared/model';

/** Nodes without content in the schema: each takes one ProseMirror position. */
const LEAVES = new Set(['hardBreak', 'citation', 'findingRef', 'figure', 'safetyItemBlock', 'horizontalRule', 'image']);

/** Sizes already worked out: the walk asks again at every level of nesting. */
const sizes = new WeakMap<DocNode, number>();

/** A node's ProseMirror size, so the walk can follow positions (comment anchors are positions). */
export function nodeSize(node: DocNode): number {
  if (node.type === 'text') return node.text?.length ?? 0;
  if (LEAVES.has(node.type)) return 1;
  let size = sizes.get(node);
  if (size === undefined) {
    size = 2;
    for (const child of node.content ?? []) size += nodeSize(child);
    sizes.set(node, size);
  }
  return size;
}

/** The size of a doc's content: the largest position inside it. */
export const contentSize = (doc: DocNode) => nodeSize(doc) - 2;
