import { PDFName, type PDFDocument, type PDFRef } from 'pdf-lib';
import type { OutlineMark } from './layout/types';
import { RawObject, ref, text } from './pdfSyntax';

export interface OutlineEntry extends OutlineMark {
  /** Explicit destination, as PDF syntax: [page /XYZ left top null]. */
  dest: string;
}

interface Item {
  entry: OutlineEntry;
  ref: PDFRef;
  children: Item[];
}

/**
 * The bookmarks: one entry per heading, nested by level, in document order.
 * Top-level entries start open so readers see the chapters.
 */
export function writeOutline(pdf: PDFDocument, entries: OutlineEntry[]): void {
  if (!entries.length) return;
  const { context } = pdf;
  const rootRef = context.nextRef();
  const top: Item[] = [];
  const stack: Item[] = [];
  for (const entry of entries) {
    const item: Item = { entry, ref: context.nextRef(), children: [] };
    while (stack.length && (stack[stack.length - 1] as Item).entry.depth >= entry.depth) stack.pop();
    const parent = stack[stack.length - 1];
    (parent ? parent.children : top).push(item);
    stack.push(item);
  }
  const count = (items: Item[]): number => items.reduce((n, i) => n + 1 + count(i.children), 0);
  const write = (items: Item[], parent: PDFRef, open: boolean) => {
    items.forEach((item, i) => {
      let dict = `<</Title ${text(item.entry.title)} /Parent ${ref(parent)} /Dest ${item.entry.dest}`;
      const prev = items[i - 1];
      const next = items[i + 1];
      if (prev) dict += ` /Prev ${ref(prev.ref)}`;
      if (next) dict += ` /Next ${ref(next.ref)}`;
      if (item.children.length) {
        // Negative count: closed; chapters open only at the top level.
        dict += ` /First ${ref((item.children[0] as Item).ref)} /Last ${ref((item.children[item.children.length - 1] as Item).ref)} /Count ${open ? count(item.children) : -item.children.length}`;
        write(item.children, item.ref, false);
      }
      context.assign(item.ref, new RawObject(`${dict}>>`));
    });
  };
  write(top, rootRef, true);
  context.assign(
    rootRef,
    context.obj({ Type: 'Outlines', First: (top[0] as Item).ref, Last: (top[top.length - 1] as Item).ref, Count: top.length }),
  );
  pdf.catalog.set(PDFName.of('Outlines'), rootRef);
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
