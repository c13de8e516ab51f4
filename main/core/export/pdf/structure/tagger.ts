import type { PDFRef } from 'pdf-lib';
import type { StructNode } from './structNode';

/**
 * Hands out marked-content ids page by page and records, for the parent
 * tree, which element owns each id and each annotation.
 */
export class Tagger {
  /** Parent-tree entries: a page's key maps to its MCIDs' owners; an annotation's key to its element. */
  readonly entries: { key: number; value: StructNode[] | StructNode }[] = [];
  private page: { ref: PDFRef; owners: StructNode[] } | null = null;

  /** Starts a page; returns its /StructParents key. */
  beginPage(ref: PDFRef): number {
    const owners: StructNode[] = [];
    this.page = { ref, owners };
    this.entries.push({ key: this.entries.length, value: owners });
    return this.entries.length - 1;
  }

  /** A new MCID on the current page for content of `node`. */
  mark(node: StructNode): number {
    const page = this.page!;
    node.attach();
    node.page ??= page.ref;
    const mcid = page.owners.length;
    page.owners.push(node);
    node.kids.push({ kind: 'mcr', page: page.ref, mcid });
    return mcid;
  }

  /** Registers a link annotation under its Link element; returns the annotation's /StructParent key. */
  annotation(node: StructNode, annot: PDFRef): number {
    const page = this.page!;
    node.attach();
    node.kids.push({ kind: 'objr', page: page.ref, annot });
    this.entries.push({ key: this.entries.length, value: node });
    return this.entries.length - 1;
  }
}
