import { badRequest } from '../store/errors';
import type { ProjectJson } from './projectJson';

/**
 * Checks that every id a document points at is in the document, and that no id is
 * used twice, so a hand-edited document fails with a sentence rather than a
 * foreign-key error from deep inside SQLite.
 */
export function checkLinks(doc: ProjectJson): void {
  const problems: string[] = [];
  const idsOf = (what: string, items: { id: string }[]) => {
    const ids = new Set<string>();
    for (const item of items) {
      if (ids.has(item.id)) problems.push(`${what} id ${item.id} is used twice`);
      ids.add(item.id);
    }
    return ids;
  };
  const sections = idsOf('section', doc.sections);
  const findings = idsOf('finding', doc.findings);
  const comments = idsOf('comment', doc.comments);
  const assets = idsOf('asset', doc.assets);
  idsOf('version', doc.snapshots);
  idsOf('safety item', doc.safetyItems);
  idsOf('reference', doc.references);
  const brands = idsOf('brand', doc.brands);

  for (const s of doc.sections) if (s.parentId && !sections.has(s.parentId)) problems.push(`section “${s.title}” has a missing parent ${s.parentId}`);
  for (const v of doc.snapshots) if (!sections.has(v.sectionId)) problems.push(`version “${v.label}” belongs to a missing section ${v.sectionId}`);
  for (const i of doc.safetyItems) if (i.findingId && !findings.has(i.findingId)) problems.push(`safety item ${i.code || i.id} points at a missing finding ${i.findingId}`);
  for (const c of doc.comments) {
    if (!sections.has(c.sectionId)) problems.push(`comment ${c.id} is on a missing section ${c.sectionId}`);
    if (c.parentId && !comments.has(c.parentId)) problems.push(`comment ${c.id} replies to a missing comment ${c.parentId}`);
  }
  for (const b of doc.brands) if (b.logoAssetId && !assets.has(b.logoAssetId)) problems.push(`brand “${b.name}” has a missing logo ${b.logoAssetId}`);
  if (doc.meta.brandId && !brands.has(doc.meta.brandId)) problems.push(`the report uses a missing brand ${doc.meta.brandId}`);
  if (problems.length) {
    const shown = problems.slice(0, 5).join('; ');
    throw badRequest(`The JSON document does not hold together: ${shown}${problems.length > 5 ? `; and ${problems.length - 5} more` : ''}.`);
  }
}
