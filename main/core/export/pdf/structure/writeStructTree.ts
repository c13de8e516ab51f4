import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, type PDFContext, type PDFDocument, type PDFObject, type PDFRef } from 'pdf-lib';
import type { StructNode } from './structNode';
import type { Tagger } from './tagger';

function kidObject(context: PDFContext, node: StructNode, kid: StructNode['kids'][number]): PDFObject {
  if (kid.kind === 'elem') return kid.node.ref as PDFRef;
  if (kid.kind === 'objr') return context.obj({ Type: 'OBJR', Obj: kid.annot, Pg: kid.page });
  // A bare MCID is enough when the content sits on the element's own page.
  return kid.page === node.page ? PDFNumber.of(kid.mcid) : context.obj({ Type: 'MCR', Pg: kid.page, MCID: kid.mcid });
}

function elementDict(context: PDFContext, node: StructNode, parent: PDFRef): PDFDict {
  const dict = context.obj({ Type: 'StructElem', S: node.type, P: parent }) as PDFDict;
  const kids = node.kids.map((k) => kidObject(context, node, k));
  dict.set(PDFName.of('K'), kids.length === 1 ? (kids[0] as PDFObject) : context.obj(kids));
  if (node.page) dict.set(PDFName.of('Pg'), node.page);
  const { alt, actualText, id, scope, title, bbox } = node.attrs;
  if (alt !== undefined) dict.set(PDFName.of('Alt'), PDFHexString.fromText(alt));
  if (actualText !== undefined) dict.set(PDFName.of('ActualText'), PDFHexString.fromText(actualText));
  if (id) dict.set(PDFName.of('ID'), PDFHexString.fromText(id));
  if (title) dict.set(PDFName.of('T'), PDFHexString.fromText(title));
  if (scope) dict.set(PDFName.of('A'), context.obj({ O: 'Table', Scope: scope }));
  if (bbox) dict.set(PDFName.of('A'), context.obj({ O: 'Layout', BBox: bbox, Placement: 'Block' }));
  return dict;
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
  for (const node of all) context.assign(node.ref as PDFRef, elementDict(context, node, node.parent?.ref ?? rootRef));

  const nums: PDFObject[] = [];
  for (const { key, value } of tagger.entries) {
    nums.push(PDFNumber.of(key));
    nums.push(Array.isArray(value) ? context.obj(value.map((n) => n.ref as PDFRef)) : (value.ref as PDFRef));
  }
  const parentTree = context.obj({ Nums: context.obj(nums) as PDFArray });
  context.assign(
    rootRef,
    context.obj({ Type: 'StructTreeRoot', K: root.ref as PDFRef, ParentTree: context.register(parentTree), ParentTreeNextKey: tagger.entries.length }),
  );
  pdf.catalog.set(PDFName.of('StructTreeRoot'), rootRef);
  pdf.catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
}
