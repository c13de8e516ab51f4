import type { ProjectCounts } from '../../../shared/api/calls/project';
import type { Project } from '../store/project';

const count = (project: Project, table: string) =>
  (project.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

// Deleted sections, and the comments on them, are kept for an undo but not counted.
const LIVE_SECTIONS = '(SELECT * FROM sections WHERE deleted_at IS NULL)';
const LIVE_COMMENTS = '(SELECT c.* FROM comments c JOIN sections s ON s.id = c.section_id WHERE s.deleted_at IS NULL)';

export function projectCounts(project: Project): ProjectCounts {
  const words = (project.db.prepare(`SELECT COALESCE(SUM(words), 0) AS n FROM ${LIVE_SECTIONS}`).get() as { n: number }).n;
  return {
    title: project.meta.get().title,
    sections: count(project, LIVE_SECTIONS),
    findings: count(project, 'findings'),
    safetyItems: count(project, 'safety_items'),
    references: count(project, 'refs'),
    comments: count(project, LIVE_COMMENTS),
    assets: count(project, 'assets'),
    words,
    schemaVersion: project.schemaVersion,
  };
}
