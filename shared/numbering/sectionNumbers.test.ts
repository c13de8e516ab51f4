import { describe, expect, it } from 'vitest';
import { sectionNumbers } from './sectionNumbers';

describe('sectionNumbers', () => {
  it('numbers nested sections as they print', () => {
    const numbers = sectionNumbers([
      { id: 'a', parentId: null },
      { id: 'a1', parentId: 'a' },
      { id: 'a1x', parentId: 'a1' },
      { id: 'a2', parentId: 'a' },
      { id: 'b', parentId: null },
    ]);
    expect([...numbers.values()].map((v) => `${v.number}@${v.depth}`)).toEqual(['1@1', '1.1@2', '1.1.1@3', '1.2@2', '2@1']);
  });
});
