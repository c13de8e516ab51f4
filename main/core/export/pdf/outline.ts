import { PDFHexString, PDFName, type PDFDict, type PDFDocument, type PDFObject, type PDFRef } from 'pdf-lib';
import type { OutlineMark } from './layout/types';

export interface OutlineEntry extends OutlineMark {
  /** Explicit destination: [page /XYZ left top null]. */
  dest: PDFObject;
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
      const dict = context.obj({ Parent: parent, Dest: item.entry.dest }) as PDFDict;
      dict.set(PDFName.of('Title'), PDFHexString.fromText(item.entry.title));
      const prev = items[i - 1];
      const next = items[i + 1];
      if (prev) dict.set(PDFName.of('Prev'), prev.ref);
      if (next) dict.set(PDFName.of('Next'), next.ref);
      if (item.children.length) {
        dict.set(PDFName.of('First'), (item.children[0] as Item).ref);
        dict.set(PDFName.of('Last'), (item.children[item.children.length - 1] as Item).ref);
        // Negative count: closed; chapters open only at the top level.
        dict.set(PDFName.of('Count'), context.obj(open ? count(item.children) : -item.children.length));
        write(item.children, item.ref, false);
      }
      context.assign(item.ref, dict);
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
