import { createHash } from 'node:crypto';
import type { Project } from '../../store/project';

/**
 * Everything a writer can read back from a project, through the repositories (so through the
 * indexes they use): what damage must never change without the open being refused.
 */
export function everythingOf(project: Project) {
  const sections = project.sections.all();
  return {
    meta: project.meta.get(),
    outline: project.sections.list(),
    sections,
    versions: sections.flatMap((s) => project.snapshots.list(s.id).map((v) => project.snapshots.get(v.id))),
    findings: project.register.listFindings(),
    safetyItems: project.register.listSafetyItems(),
    references: project.references.list(),
    comments: project.comments.list(),
    assets: project.assets.list().map((a) => ({ ...a, sha256: createHash('sha256').update(project.assets.bytes(a.id)).digest('hex') })),
    brands: project.brands.list(),
  };
}
