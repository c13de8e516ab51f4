import { describe, expect, it } from 'vitest';
import { planSections, sectionHeadingLevel } from './splitIntoSections';

const blocks = (...levels: (number | null)[]) => levels.map((level) => ({ level }));

describe('planSections', () => {
  it('splits at the highest repeated level and takes a single heading above it as the title', () => {
    // h1 title, h2 A, p, h3 sub, p, h2 B, p
    const plan = planSections(blocks(1, 2, null, 3, null, 2, null));
    expect(plan.titleHeading).toBe(0);
    expect(plan.splitLevel).toBe(2);
    expect(plan.sections).toEqual([
      { heading: 1, from: 2, to: 5 },
      { heading: 5, from: 6, to: 7 },
    ]);
  });

  it('keeps text before the first section heading as its own section', () => {
    const plan = planSections(blocks(null, null, 1, null, 1, null));
    expect(plan.titleHeading).toBeNull();
    expect(plan.sections[0]).toEqual({ heading: null, from: 0, to: 2 });
    expect(plan.sections).toHaveLength(3);
  });

  it('with no repeated level, a lone top heading titles the document and the next level splits', () => {
    const plan = planSections(blocks(1, null, 2, null));
    expect(plan.titleHeading).toBe(0);
    expect(plan.splitLevel).toBe(2);
    expect(plan.sections).toEqual([
      { heading: null, from: 1, to: 2 },
      { heading: 2, from: 3, to: 4 },
    ]);
  });

  it('makes one section of text without headings', () => {
    expect(planSections(blocks(null, null)).sections).toEqual([{ heading: null, from: 0, to: 2 }]);
  });

  it('maps deeper headings onto the schema levels 2–4', () => {
    expect(sectionHeadingLevel(3, 2)).toBe(2);
    expect(sectionHeadingLevel(4, 2)).toBe(3);
    expect(sectionHeadingLevel(6, 1)).toBe(4);
  });
});
