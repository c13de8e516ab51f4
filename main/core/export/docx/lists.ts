import { AlignmentType, LevelFormat, type ILevelsOptions, type INumberingOptions } from 'docx';

/** Word numbering allows nine levels; deeper lists stay at the last. */
export const MAX_LIST_LEVEL = 8;
/** Each list level indents by this much (twips), with the marker hanging in front. */
const STEP = 360;
export const listIndent = (level: number) => STEP * (level + 1);

const BULLETS = ['\u2022', '\u2013', '\u25AA'];
const ORDERED = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN];

function levels(kind: 'bullet' | 'ordered', start: number): ILevelsOptions[] {
  return Array.from({ length: MAX_LIST_LEVEL + 1 }, (_, level) => ({
    level,
    format: kind === 'bullet' ? LevelFormat.BULLET : ORDERED[level % ORDERED.length],
    text: kind === 'bullet' ? BULLETS[level % BULLETS.length] : `%${level + 1}.`,
    start: level === 0 ? start : 1,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: listIndent(level), hanging: STEP } } },
  }));
}

/**
 * Hands out Word list numbering as the walk meets lists: every list is its own
 * instance (so numbered lists restart at their own start), and a definition is
 * made for each start value an ordered list uses.
 */
export class ListNumbering {
  private instance = 0;
  private readonly starts = new Set<number>([1]);

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
        { reference: 'bullet', levels: levels('bullet', 1) },
        ...[...this.starts].map((start) => ({ reference: `ordered-${start}`, levels: levels('ordered', start) })),
      ],
    };
  }
}
