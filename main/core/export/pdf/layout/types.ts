import type { Face } from '../fonts/fontCache';
import type { StructNode } from '../structure/structNode';

export type Rgb = [number, number, number];

export interface TextStyle {
  face: Face;
  size: number;
  colour: Rgb;
  underline?: boolean;
  strike?: boolean;
  /** Baseline shift up, in points (footnote markers). */
  rise?: number;
}

/** An external URI or an internal destination (an anchor id, resolved after pagination). */
export type LinkTarget = { uri: string } | { anchor: string };

/** A same-style run of one line; `text` may hold spaces, which justification widens. */
export interface Piece {
  text: string;
  style: TextStyle;
  /** Offset from the line's start, before justification. */
  x: number;
  width: number;
  /** Spaces on the line before this piece, to shift it when justifying. */
  spacesBefore: number;
  spaces: number;
  /** Owning structure element; null draws it as an artifact. */
  node: StructNode | null;
  link?: { target: LinkTarget; node: StructNode; label: string };
  /** Filled in at drawing time: the page label of an anchor (contents entries). */
  pageOf?: { anchor: string; right: number };
}

export interface TextLine {
  kind: 'text';
  x: number;
  /** Baseline, from the top of its slice. */
  y: number;
  pieces: Piece[];
  /** Extra width per space when justified. */
  wordSpacing: number;
}

export interface RectItem {
  kind: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  fill?: Rgb;
  stroke?: Rgb;
  lineWidth?: number;
}

export interface ImageItem {
  kind: 'image';
  x: number;
  y: number;
  w: number;
  h: number;
  assetId: string;
  /** The Figure element; null for a decorative image (an artifact). */
  node: StructNode | null;
}

export type Drawable = TextLine | RectItem | ImageItem;

/** A shaded box around a run of slices (callouts, safety items), drawn per page it spans. */
export interface BoxDecor {
  x: number;
  w: number;
  fill?: Rgb;
  edge?: Rgb;
  frame?: Rgb;
}

export interface FootnoteBlock {
  number: number;
  anchor: string;
  slices: Slice[];
  height: number;
}

export interface OutlineMark {
  title: string;
  depth: number;
  anchor: string;
}

/**
 * The unit of pagination: a strip of the page that is not split, unless it
 * is taller than a page and can `split`. Drawables are placed relative to its
 * top; x is absolute.
 */
export interface Slice {
  height: number;
  /** Space above, dropped at the top of a page. */
  spaceBefore: number;
  items: Drawable[];
  /** Never break a page right after this slice (headings, orphans, widows). */
  keepWithNext?: boolean;
  footnotes?: FootnoteBlock[];
  /** Destinations at the top of this slice. */
  anchors?: string[];
  outline?: OutlineMark[];
  boxes?: BoxDecor[];
  /** A table header to repeat when this row starts a page. */
  repeatHeader?: Slice;
  /**
   * Splits a slice taller than a page (a table row) so its first part fits in
   * `room` points: that part and the rest, or null when nothing fits. Breaks
   * only where its content allows (no orphan or widow lines) unless `force`d,
   * as on an otherwise empty page.
   */
  split?: (room: number, force: boolean) => { head: Slice; tail: Slice } | null;
  /** Section title for the running header, set by top-level headings. */
  chapter?: string;
  pageBreakBefore?: boolean;
}

/** A slice placed on a page; repeated table headers are drawn as artifacts, their content already tagged once. */
export interface PlacedSlice {
  slice: Slice;
  top: number;
  artifact?: boolean;
}

export interface PageLayout {
  slices: PlacedSlice[];
  footnotes: { block: FootnoteBlock; top: number }[];
  /** Title of the chapter this page belongs to, for the running header. */
  chapter: string;
  /** No running header or footer (the cover). */
  bare?: boolean;
}
