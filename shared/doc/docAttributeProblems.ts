import type { DocNode } from '../model';
import { CALLOUT_VARIANTS, isAllowedLink } from '../schema';

/**
 * ProseMirror's check() tests structure and marks but not attribute values, which the
 * editor's commands keep in range (heading levels, callout variants, safe links). A file
 * edited by hand may not, so the project check tests them here.
 */
export function docAttributeProblems(root: DocNode): string[] {
  const problems: string[] = [];
  const visit = (node: DocNode) => {
    const attrs = node.attrs ?? {};
    if (node.type === 'heading' && ![2, 3, 4].includes(attrs.level as number)) {
      problems.push(`a heading has level ${String(attrs.level)}; headings in a section are levels 2 to 4`);
    }
    if (node.type === 'callout' && !(CALLOUT_VARIANTS as readonly unknown[]).includes(attrs.variant)) {
      problems.push(`a callout has the unknown variant “${String(attrs.variant)}”`);
    }
    if (node.type === 'figure') {
      const width = attrs.width;
      if (typeof width !== 'number' || width < 10 || width > 100) problems.push(`a figure has width ${String(width)}; widths run from 10 to 100 (%)`);
    }
    if (node.type === 'citation' && (!Array.isArray(attrs.items) || attrs.items.length === 0)) {
      problems.push('a citation cites nothing');
    }
    for (const mark of node.marks ?? []) {
      const href = mark.attrs?.href;
      if (mark.type === 'link' && (typeof href !== 'string' || !isAllowedLink(href))) {
        problems.push(`a link goes to “${String(href)}”; only http, https and mailto links are allowed`);
      }
    }
    node.content?.forEach(visit);
  };
  visit(root);
  return problems;
}
