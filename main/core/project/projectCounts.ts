import type { ProjectCounts } from '../../../shared/api/calls/project';
import type { Project } from '../store/project';

const count = (project: Project, table: string) =>
  (project.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

export function projectCounts(project: Project): ProjectCounts {
  const words = (project.db.prepare('SELECT COALESCE(SUM(words), 0) AS n FROM sections').get() as { n: number }).n;
  return {
    title: project.meta.get().title,
    sections: count(project, 'sections'),
    findings: count(project, 'findings'),
    safetyItems: count(project, 'safety_items'),
    references: count(project, 'refs'),
    comments: count(project, 'comments'),
    assets: count(project, 'assets'),
    words,
    schemaVersion: project.schemaVersion,
  };
}
