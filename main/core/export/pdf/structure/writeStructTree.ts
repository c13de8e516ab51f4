import { PDFName, type PDFDocument, type PDFRef } from 'pdf-lib';
import { num, RawObject, ref, text } from '../pdfSyntax';
import type { StructNode } from './structNode';
import type { Tagger } from './tagger';

function kidSyntax(node: StructNode, kid: StructNode['kids'][number]): string {
  if (kid.kind === 'elem') return ref(kid.node.ref as PDFRef);
  if (kid.kind === 'objr') return `<</Type /OBJR /Obj ${ref(kid.annot)} /Pg ${ref(kid.page)}>>`;
  // A bare MCID is enough when the content sits on the element's own page.
  return kid.page === node.page ? String(kid.mcid) : `<</Type /MCR /Pg ${ref(kid.page)} /MCID ${kid.mcid}>>`;
}

function elementSyntax(node: StructNode, parent: PDFRef): string {
  const kids = node.kids.map((k) => kidSyntax(node, k));
  let dict = `<</Type /StructElem /S /${node.type} /P ${ref(parent)} /K ${kids.length === 1 ? kids[0] : `[${kids.join(' ')}]`}`;
  if (node.page) dict += ` /Pg ${ref(node.page)}`;
  const { alt, actualText, id, scope, title, bbox } = node.attrs;
  if (alt !== undefined) dict += ` /Alt ${text(alt)}`;
  if (actualText !== undefined) dict += ` /ActualText ${text(actualText)}`;
  if (id) dict += ` /ID ${text(id)}`;
  if (title) dict += ` /T ${text(title)}`;
  if (bbox) dict += ` /A <</O /Layout /BBox [${bbox.map(num).join(' ')}] /Placement /Block>>`;
  else if (scope) dict += ` /A <</O /Table /Scope /${scope}>>`;
  return `${dict}>>`;
}

/**
 * Writes the logical structure: every element as a StructElem, the
 * StructTreeRoot with its ParentTree (page MCIDs and link annotations back to
 * their elements), and marks the document as tagged.
 */
export function writeStructTree(pdf: PDFDocument, root: StructNode, tagger: Tagger): void {
  const { context } = pdf;
  root.attachRemaining();
  const all: StructNode[] = [];
  const visit = (node: StructNode) => {
    if (!node.attached && node !== root) return;
    node.ref = context.nextRef();
    all.push(node);
    for (const kid of node.kids) if (kid.kind === 'elem') visit(kid.node);
  };
  visit(root);
  const rootRef = context.nextRef();
  for (const node of all) context.assign(node.ref as PDFRef, new RawObject(elementSyntax(node, node.parent?.ref ?? rootRef)));

  const nums: string[] = [];
  for (const { key, value } of tagger.entries) {
    nums.push(`${key} ${Array.isArray(value) ? `[${value.map((n) => ref(n.ref as PDFRef)).join(' ')}]` : ref(value.ref as PDFRef)}`);
  }
  const parentTree = context.register(new RawObject(`<</Nums [${nums.join('\n')}]>>`));
  context.assign(
    rootRef,
    new RawObject(`<</Type /StructTreeRoot /K ${ref(root.ref as PDFRef)} /ParentTree ${ref(parentTree)} /ParentTreeNextKey ${tagger.entries.length}>>`),
  );
  pdf.catalog.set(PDFName.of('StructTreeRoot'), rootRef);
  pdf.catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
}
