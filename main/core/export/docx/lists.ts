import { AlignmentType, LevelFormat, LevelSuffix, type ILevelsOptions, type INumberingOptions } from 'docx';
import { LIST_LOOK } from '../pdf/layout/lists';
import type { DocxTheme } from './theme';

/** Word numbering allows nine levels; deeper lists stay at the last. */
export const MAX_LIST_LEVEL = 8;

const twips = (points: number) => Math.round(points * 20);
const STEP = twips(LIST_LOOK.indent);
/** Where a list item's text starts (twips), at each level: the PDF's indent per level. */
export const listIndent = (level: number) => STEP * (level + 1);

/**
 * The PDF's labels (pdf/layout/lists.ts): bullets by depth in the brand's primary
 * colour, numbers in the text colour, "1." at every depth; each label in the body
 * face at body size, right-aligned its gap before the text, so wrapped lines hang
 * under the text and a wide number never pushes it along.
 */
function levels(theme: DocxTheme, kind: 'bullet' | 'ordered', start: number): ILevelsOptions[] {
  const bullet = kind === 'bullet';
  return Array.from({ length: MAX_LIST_LEVEL + 1 }, (_, level) => ({
    level,
    format: bullet ? LevelFormat.BULLET : LevelFormat.DECIMAL,
    text: bullet ? LIST_LOOK.bullets[level % LIST_LOOK.bullets.length] : `%${level + 1}.`,
    start,
    alignment: AlignmentType.RIGHT,
    suffix: LevelSuffix.TAB,
    style: {
      run: { font: theme.bodyFont, size: 20, bold: false, italics: false, color: bullet ? theme.primary : theme.text },
      paragraph: { indent: { left: listIndent(level), hanging: twips(LIST_LOOK.labelGap) } },
    },
  }));
}

/**
 * Hands out Word list numbering as the walk meets lists: every list is its own
 * instance (so numbered lists restart at their own start, at any depth), and a
 * definition is made for each start value an ordered list uses.
 */
export class ListNumbering {
  private instance = 0;
  private readonly starts = new Set<number>([1]);

  constructor(private readonly theme: DocxTheme) {}

  /** The numbering of a new list, for its items' first paragraphs. */
  next(kind: 'bullet' | 'ordered', start = 1): { reference: string; instance: number } {
    this.instance += 1;
    if (kind === 'bullet') return { reference: 'bullet', instance: this.instance };
    const from = Number.isInteger(start) && start >= 0 ? start : 1;
    this.starts.add(from);
    return { reference: `ordered-${from}`, instance: this.instance };
  }

  config(): INumberingOptions {
    return {
      config: [
        { reference: 'bullet', levels: levels(this.theme, 'bullet', 1) },
        ...[...this.starts].map((start) => ({ reference: `ordered-${start}`, levels: levels(this.theme, 'ordered', start) })),
      ],
    };
  }
}
