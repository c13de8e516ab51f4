/** A top-level block of the imported document: a heading (level 1–6) or anything else (null). */
export interface Block {
  level: number | null;
}

export interface SectionPlan {
  /** Index of the block whose heading names the section; null for text before the first heading. */
  heading: number | null;
  /** The section's content blocks: [from, to). */
  from: number;
  to: number;
}

export interface SplitPlan {
  /** Index of the heading that titles the whole document, if there is one. */
  titleHeading: number | null;
  /** The heading level that starts sections; deeper headings stay inside them. */
  splitLevel: number | null;
  sections: SectionPlan[];
}

/**
 * Headings split the input into sections: the highest heading level that occurs more than once
 * starts a new section; a single heading above that titles the document. With no repeated level,
 * a lone top heading titles the document and the next level down (if any) splits it.
 */
export function planSections(blocks: Block[]): SplitPlan {
  const counts = new Map<number, number>();
  for (const b of blocks) if (b.level !== null) counts.set(b.level, (counts.get(b.level) ?? 0) + 1);
  const levels = [...counts.keys()].sort((a, b) => a - b);
  let splitLevel = levels.find((l) => counts.get(l)! > 1) ?? null;
  const top = levels[0];
  let titleHeading: number | null = null;
  if (top !== undefined && counts.get(top) === 1 && (splitLevel === null || top < splitLevel)) {
    titleHeading = blocks.findIndex((b) => b.level === top);
    if (splitLevel === null) splitLevel = levels[1] ?? null;
  } else if (splitLevel === null && top !== undefined) {
    splitLevel = top;
  }

  const sections: SectionPlan[] = [];
  let current: SectionPlan | null = null;
  blocks.forEach((b, i) => {
    if (i === titleHeading) {
      if (current) current.to = i;
      current = null;
      return;
    }
    const starts = b.level !== null && splitLevel !== null && b.level <= splitLevel;
    if (starts || !current) {
      if (current) current.to = i;
      current = { heading: starts ? i : null, from: starts ? i + 1 : i, to: blocks.length };
      sections.push(current);
    }
  });
  return { titleHeading, splitLevel, sections };
}

/** A heading inside a section, moved onto the schema's levels (2–4) below the section title. */
export function sectionHeadingLevel(level: number, splitLevel: number | null): number {
  const base = splitLevel ?? 0;
  return Math.min(4, Math.max(2, level - base + 1));
}
