import type { PDFRef } from 'pdf-lib';

/** What a struct element's /K lists, in reading order. */
export type StructKid =
  | { kind: 'mcr'; page: PDFRef; mcid: number }
  | { kind: 'objr'; page: PDFRef; annot: PDFRef }
  | { kind: 'elem'; node: StructNode };

export interface StructAttrs {
  alt?: string;
  /** Expanded form or replacement text, e.g. the full words behind "F3". */
  actualText?: string;
  /** Unique id; PDF/UA asks for one on every Note. */
  id?: string;
  /** For TH: Column or Row. */
  scope?: 'Column' | 'Row';
  title?: string;
  /** For Figure/Table: the bounding box on its page, [x1 y1 x2 y2]. */
  bbox?: [number, number, number, number];
}

/**
 * An element of the logical structure tree, built in document order during
 * layout. Elements join their parent's /K lazily, when their first content is
 * drawn, so /K follows the order content is drawn: reading order. Earlier
 * siblings with nothing drawn (an empty cell) join first, keeping the grid.
 */
export class StructNode {
  readonly children: StructNode[] = [];
  readonly kids: StructKid[] = [];
  attached = false;
  ref: PDFRef | null = null;
  /** The page an element mostly sits on (its first content), for /Pg. */
  page: PDFRef | null = null;

  constructor(
    readonly type: string,
    readonly parent: StructNode | null,
    readonly attrs: StructAttrs = {},
  ) {
    parent?.children.push(this);
  }

  child(type: string, attrs: StructAttrs = {}): StructNode {
    return new StructNode(type, this, attrs);
  }

  /** Joins the parent's /K (and the parent its own), with earlier empty siblings first. */
  attach(): void {
    if (this.attached || !this.parent) {
      this.attached = true;
      return;
    }
    this.parent.attach();
    for (const sibling of this.parent.children) {
      if (sibling === this) break;
      if (!sibling.attached) sibling.attachEmpty();
    }
    this.attached = true;
    this.parent.kids.push({ kind: 'elem', node: this });
  }

  private attachEmpty(): void {
    this.attached = true;
    this.parent?.kids.push({ kind: 'elem', node: this });
  }

  /** Attaches whatever never drew anything (empty cells, empty paragraphs) at the end of its parent. */
  attachRemaining(): void {
    for (const child of this.children) {
      if (!child.attached) child.attachEmpty();
      child.attachRemaining();
    }
  }
}
