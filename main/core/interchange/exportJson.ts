import type { Project } from '../store/project';
import { writeAtomic } from '../export/writeAtomic';
import { JSON_FORMAT, JSON_FORMAT_VERSION, type ProjectJson } from './projectJson';

/** Every snapshot of every section, oldest first (the repository lists one section at a time). */
function allSnapshots(project: Project): ProjectJson['snapshots'] {
  return project.sections
    .list()
    .flatMap((section) => project.snapshots.list(section.id).map((summary) => project.snapshots.get(summary.id)))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** The whole project as one JSON document; the same project always gives the same document. */
export function exportJson(project: Project): ProjectJson {
  return {
    format: JSON_FORMAT,
    version: JSON_FORMAT_VERSION,
    meta: project.meta.get(),
    sections: project.sections.all().map(({ words: _derived, ...section }) => section),
    snapshots: allSnapshots(project),
    findings: project.register.listFindings(),
    safetyItems: project.register.listSafetyItems(),
    references: project.references.list(),
    comments: project.comments.list(),
    assets: project.assets.list().map((asset) => ({ ...asset, base64: project.assets.bytes(asset.id).toString('base64') })),
    brands: project.brands.list(),
  };
}

/** Writes the document to a file, atomically, as indented UTF-8 JSON. */
export function exportJsonFile(project: Project, path: string): void {
  writeAtomic(path, `${JSON.stringify(exportJson(project), null, 2)}\n`);
}
