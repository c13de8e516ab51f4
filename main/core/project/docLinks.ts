import type { DocNode } from '../../../shared/model';

/** What a document points at: references it cites, findings it mentions, safety items and images it places. */
export interface DocLinks {
  references: string[];
  findings: string[];
  safetyItems: string[];
  assets: string[];
}

/** A node whose id is unset points at nothing; "(none)" matches no entity, so the check reports it. */
const idOf = (value: unknown) => (typeof value === 'string' ? value : '(none)');

/** Collects every id a section's content refers to, so a check can find the ones that lead nowhere. */
export function docLinks(root: DocNode): DocLinks {
  const links: DocLinks = { references: [], findings: [], safetyItems: [], assets: [] };
  const visit = (node: DocNode) => {
    const attrs = node.attrs ?? {};
    if (node.type === 'citation' && Array.isArray(attrs.items)) {
      for (const item of attrs.items as { referenceId?: unknown }[]) {
        links.references.push(idOf(item?.referenceId));
      }
    }
    if (node.type === 'findingRef') links.findings.push(idOf(attrs.findingId));
    if (node.type === 'safetyItemBlock') links.safetyItems.push(idOf(attrs.safetyItemId));
    if (node.type === 'figure') links.assets.push(idOf(attrs.assetId));
    node.content?.forEach(visit);
  };
  visit(root);
  return links;
}
