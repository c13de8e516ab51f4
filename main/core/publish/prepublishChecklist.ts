import { brandContrastChecks } from '../../../shared/brand/contrast';
import { loadReportDocument } from '../export/reportDocument';
import type { Project } from '../store/project';
import { checkPlainEnglish } from './plainEnglish';
import type { PublishProblem } from './publishProblem';
import { sectionProblems } from './sectionRules';
import { forEachNode } from '../../../shared/doc/forEachNode';
import type { CitationItem } from '../../../shared/schema';

/** A reading age above this is flagged (the NHS style guide writes for about 9 to 11). */
export const TARGET_READING_AGE = 11;

/** Everything a publisher should settle before publishing, blocking problems first, in report order. */
export function prepublishChecklist(project: Project, options: { brandName?: string } = {}): PublishProblem[] {
  const doc = loadReportDocument(project, options);
  const referenceIds = new Set(doc.references.map((r) => r.id));
  const findingIds = new Set(doc.findings.keys());
  const safetyItemIds = new Set(doc.safetyItems.keys());
  const summaries = project.sections.list();
  const problems: PublishProblem[] = [];
  const cited = new Set<string>();
  const placed = new Set<string>();

  for (const section of doc.sections) {
    const label = `Section ${section.number} “${section.title}”`;
    const summary = summaries.find((s) => s.id === section.id);
    problems.push(
      ...sectionProblems({
        id: section.id,
        label,
        content: section.content,
        hasChildren: summaries.some((s) => s.parentId === section.id),
        referenceIds,
        findingIds,
        safetyItemIds,
      }),
    );
    if (summary && summary.reviewStatus !== 'approved') {
      problems.push({
        rule: 'not-approved',
        severity: 'blocking',
        message: `${label} is not approved (${summary.reviewStatus.replace('-', ' ')}).`,
        sectionId: section.id,
      });
    }
    forEachNode(section.content, (node) => {
      if (node.type === 'citation') ((node.attrs?.items as CitationItem[]) ?? []).forEach((i) => cited.add(i.referenceId));
      if (node.type === 'safetyItemBlock') placed.add(String(node.attrs?.safetyItemId));
    });
    const readability = checkPlainEnglish(section.content);
    if (readability.readingAge !== null && readability.readingAge > TARGET_READING_AGE) {
      problems.push({
        rule: 'plain-english',
        severity: 'advisory',
        message: `${label} reads at about age ${readability.readingAge}; aim for ${TARGET_READING_AGE} or under (${readability.notes.length} plain-English notes).`,
        sectionId: section.id,
      });
    }
  }

  for (const comment of doc.comments) {
    if (comment.parentId || comment.resolved) continue;
    const quoted = comment.quotedText ? ` on “${comment.quotedText.slice(0, 40)}”` : '';
    problems.push({
      rule: 'unresolved-comment',
      severity: 'blocking',
      message: `Unresolved comment by ${comment.author}${quoted}.`,
      sectionId: comment.sectionId,
      position: comment.anchor?.from,
      entity: { kind: 'comment', id: comment.id },
    });
  }
  for (const reference of doc.references) {
    if (!cited.has(reference.id)) {
      problems.push({
        rule: 'uncited-reference',
        severity: 'advisory',
        message: `“${reference.csl.title ?? 'Untitled reference'}” is never cited, so it will not appear in the references.`,
        entity: { kind: 'reference', id: reference.id },
      });
    }
  }
  for (const item of doc.safetyItems.values()) {
    if (!item.addressee.trim()) {
      problems.push({ rule: 'safety-item-addressee', severity: 'blocking', message: `${item.code} has no addressee.`, entity: { kind: 'safetyItem', id: item.id } });
    }
    if (!placed.has(item.id)) {
      problems.push({ rule: 'unplaced-safety-item', severity: 'advisory', message: `${item.code} is not placed in any section.`, entity: { kind: 'safetyItem', id: item.id } });
    }
  }
  for (const check of brandContrastChecks(doc.brand.colours)) {
    if (!check.passes) {
      problems.push({
        rule: 'brand-contrast',
        severity: 'blocking',
        message: `Brand “${doc.brand.name}”: ${check.pair} has contrast ${check.ratio}:1; WCAG 2.2 AA needs ${check.required}:1.`,
        entity: { kind: 'brand', id: doc.brand.id },
      });
    }
  }
  return problems.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'blocking' ? -1 : 1));
}
