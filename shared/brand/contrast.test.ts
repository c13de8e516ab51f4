import { describe, expect, it } from 'vitest';
import { brandContrastChecks, contrastRatio } from './contrast';

describe('WCAG contrast', () => {
  it('matches the published extremes and a known pair', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
    // #767676 is the well-known lightest grey that passes AA on white (4.54:1).
    expect(contrastRatio('#767676', '#FFFFFF')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#FFFFFF')).toBeLessThan(4.5);
  });

  it('passes the NHS blue brand and fails a pale primary colour', () => {
    const good = brandContrastChecks({ primary: '#005EB8', secondary: '#003087', text: '#212B32', accent: '#E8EDEE' });
    expect(good.every((c) => c.passes)).toBe(true);
    const pale = brandContrastChecks({ primary: '#7FB2E5', secondary: '#003087', text: '#212B32', accent: '#E8EDEE' });
    expect(pale.find((c) => c.pair === 'White text on primary colour')?.passes).toBe(false);
  });

  it('refuses a colour that is not #RRGGBB', () => {
    expect(() => contrastRatio('blue', '#FFFFFF')).toThrow(/#RRGGBB/);
  });
});
