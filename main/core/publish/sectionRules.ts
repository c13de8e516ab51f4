import type { DocNode } from '../../../shared/model';
import { docText } from '../../../shared/doc/docText';
import { forEachNode } from '../../../shared/doc/forEachNode';
import { isAllowedLink } from '../../../shared/schema';
import type { CitationItem } from '../../../shared/schema';
import type { PublishProblem } from './publishProblem';

export interface SectionContext {
  id: string;
  label: string;
  content: DocNode;
  hasChildren: boolean;
  referenceIds: Set<string>;
  findingIds: Set<string>;
  safetyItemIds: Set<string>;
}

const CONTENT_NODES = new Set(['figure', 'table', 'safetyItemBlock']);

/** Checks one section's text: images, emptiness, heading order, links and pointers to the register and library. */
export function sectionProblems(s: SectionContext): PublishProblem[] {
  const problems: PublishProblem[] = [];
  const at = (position: number) => ({ sectionId: s.id, position });
  let hasContent = docText(s.content).trim().length > 0;
  let previousLevel = 1;

  forEachNode(s.content, (node, pos) => {
    const attrs = node.attrs ?? {};
    if (CONTENT_NODES.has(node.type)) hasContent = true;
    if (node.type === 'figure' && !attrs.decorative && !String(attrs.alt ?? '').trim()) {
      problems.push({ rule: 'image-alt', severity: 'blocking', message: `${s.label}: an image has no alt text and is not marked decorative.`, ...at(pos) });
    }
    if (node.type === 'heading') {
      const level = Number(attrs.level ?? 2);
      if (level > previousLevel + 1) {
        problems.push({
          rule: 'heading-skip',
          severity: 'blocking',
          message: `${s.label}: heading “${docText(node).trim()}” skips a level (level ${level} after level ${previousLevel}).`,
          ...at(pos),
        });
      }
      previousLevel = level;
    }
    if (node.type === 'citation') {
      for (const item of (attrs.items as CitationItem[] | undefined) ?? []) {
        if (!s.referenceIds.has(item.referenceId)) {
          problems.push({ rule: 'missing-reference', severity: 'blocking', message: `${s.label}: a citation points to a reference that is not in the library.`, ...at(pos) });
        }
      }
    }
    if (node.type === 'findingRef' && !s.findingIds.has(String(attrs.findingId))) {
      problems.push({ rule: 'missing-finding', severity: 'blocking', message: `${s.label}: a finding reference points to a deleted finding.`, ...at(pos) });
    }
    if (node.type === 'safetyItemBlock' && !s.safetyItemIds.has(String(attrs.safetyItemId))) {
      problems.push({ rule: 'missing-safety-item', severity: 'blocking', message: `${s.label}: a safety item block points to a deleted safety item.`, ...at(pos) });
    }
    for (const mark of node.marks ?? []) {
      const href = String(mark.attrs?.href ?? '');
      if (mark.type === 'link' && !isAllowedLink(href)) {
        problems.push({
          rule: 'link-scheme',
          severity: 'blocking',
          message: `${s.label}: the link “${href.slice(0, 60)}” is not http, https or mailto.`,
          ...at(pos),
        });
      }
    }
  });

  if (!hasContent && !s.hasChildren) {
    problems.push({ rule: 'empty-section', severity: 'blocking', message: `${s.label} is empty.`, sectionId: s.id, position: 0 });
  }
  return problems;
}
