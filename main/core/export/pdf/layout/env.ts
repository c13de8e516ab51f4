import type { DocNode } from '../../../../../shared/model';
import type { ReportDocument } from '../../reportDocument';
import type { FontCache } from '../fonts/fontCache';
import type { StructNode } from '../structure/structNode';
import type { InlineEnv } from '../text/inline';
import type { Theme } from './theme';
import type { BoxDecor, FootnoteBlock } from './types';

/** Shared state of one layout pass. */
export interface LayoutEnv extends InlineEnv {
  fonts: FontCache;
  theme: Theme;
  report: ReportDocument;
  footnote(content: DocNode[], owner: StructNode): FootnoteBlock;
  /** A fresh destination name. */
  anchor(prefix: string): string;
}

/** Where a run of blocks goes: its column and the boxes (callouts) around it. */
export interface Frame {
  x: number;
  width: number;
  boxes: BoxDecor[];
  /** Structure level of the enclosing section heading (1–3); in-text headings sit below it. */
  level: number;
  /** Nesting depth of lists, for bullet shapes and indents. */
  listDepth: number;
  /** Text size inside (tables set smaller text); default the body size. */
  fontSize?: number;
  /** Bold paragraph text (table header cells). */
  strong?: boolean;
}
