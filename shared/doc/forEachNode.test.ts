import { describe, expect, it } from 'vitest';
import { reportSchema } from '../schema';
import type { DocNode } from '../model/json';
import { forEachNode, nodeSize } from './forEachNode';

const doc: DocNode = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Why' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'See ' },
        { type: 'citation', attrs: { items: [] } },
        { type: 'footnote', content: [{ type: 'text', text: 'note' }] },
        { type: 'text', text: 'end', marks: [{ type: 'bold' }] },
      ],
    },
    { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'item' }] }] }] },
    { type: 'figure', attrs: { assetId: null, alt: '', decorative: false, caption: '', width: 100 } },
  ],
};

describe('forEachNode', () => {
  it('gives the same positions and sizes as ProseMirror', () => {
    const pm = reportSchema().nodeFromJSON(doc);
    const expected: string[] = [];
    pm.descendants((node, pos) => {
      expected.push(`${node.type.name}@${pos}`);
    });
    const ours: string[] = [];
    forEachNode(doc, (node, pos) => {
      ours.push(`${node.type}@${pos}`);
    });
    expect(ours).toEqual(expected);
    expect(nodeSize(doc) - 2).toBe(pm.content.size);
  });
});
