import { describe, expect, it } from 'vitest';
import { hyphenationPoints, withoutHyphenation } from './hyphenate';

describe('hyphenationPoints', () => {
  it('breaks long words by the en-GB patterns, keeping two letters before and three after', () => {
    const points = hyphenationPoints('investigation');
    expect(points.length).toBeGreaterThan(1);
    for (const at of points) expect(at >= 2 && 'investigation'.length - at >= 3).toBe(true);
  });

  it('finds none while a layout runs without hyphenation, and finds them again after', () => {
    expect(withoutHyphenation(() => hyphenationPoints('investigation'))).toEqual([]);
    expect(withoutHyphenation(() => hyphenationPoints('psychologically'))).toEqual([]);
    expect(hyphenationPoints('psychologically').length).toBeGreaterThan(1);
    expect(() => withoutHyphenation(() => { throw new Error('layout failed'); })).toThrow('layout failed');
    expect(hyphenationPoints('investigation').length).toBeGreaterThan(1);
  });
});
