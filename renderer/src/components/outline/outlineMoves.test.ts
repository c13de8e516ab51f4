import { describe, expect, it } from 'vitest';
import { afterSelected, dropTarget, indent, isWithin, moveDown, moveUp, outdent } from './outlineMoves';

// 1 a, 1.1 a1, 1.2 a2, 2 b, 2.1 b1, 2.1.1 b1x, 3 c
const outline = [
  { id: 'a', parentId: null },
  { id: 'a1', parentId: 'a' },
  { id: 'a2', parentId: 'a' },
  { id: 'b', parentId: null },
  { id: 'b1', parentId: 'b' },
  { id: 'b1x', parentId: 'b1' },
  { id: 'c', parentId: null },
];

describe('outline moves', () => {
  it('moves among siblings and stops at the ends', () => {
    expect(moveUp(outline, 'b')).toEqual({ parentId: null, index: 0 });
    expect(moveUp(outline, 'a')).toBeNull();
    expect(moveDown(outline, 'a1')).toEqual({ parentId: 'a', index: 1 });
    expect(moveDown(outline, 'c')).toBeNull();
  });

  it('indents under the section above and outdents after the parent', () => {
    expect(indent(outline, 'b')).toEqual({ parentId: 'a', index: 2 });
    expect(indent(outline, 'a1')).toBeNull();
    expect(outdent(outline, 'a2')).toEqual({ parentId: null, index: 1 });
    expect(outdent(outline, 'b1x')).toEqual({ parentId: 'b', index: 1 });
    expect(outdent(outline, 'a')).toBeNull();
  });

  it('computes drop targets and refuses drops into the dragged subtree', () => {
    expect(dropTarget(outline, 'c', 'a', 'before')).toEqual({ parentId: null, index: 0 });
    expect(dropTarget(outline, 'a', 'c', 'after')).toEqual({ parentId: null, index: 2 });
    expect(dropTarget(outline, 'c', 'b1', 'inside')).toEqual({ parentId: 'b1', index: 1 });
    expect(dropTarget(outline, 'b', 'b1x', 'inside')).toBeNull();
    expect(dropTarget(outline, 'b', 'b', 'after')).toBeNull();
    expect(isWithin(outline, 'b1x', 'b')).toBe(true);
  });

  it('places a new section after the selected one', () => {
    expect(afterSelected(outline, 'a1')).toEqual({ parentId: 'a', index: 1 });
    expect(afterSelected(outline, null)).toEqual({ parentId: null, index: 3 });
  });
});
