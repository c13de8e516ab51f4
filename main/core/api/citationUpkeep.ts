import { createHash } from 'node:crypto';
import { saveFormattedCitations } from '../citations/formattedEntryCache';
import { readableStorageFailure } from '../store/sqliteErrors';
import type { Project } from '../store/project';
import type { Workspace } from './workspace';

/** The digest of each project's citation sources when its formatted citations were last kept. */
const keptFor = new WeakMap<Project, string>();

const writesOf = (project: Project) => project.db.prepare('SELECT total_changes()').pluck().get() as number;
const digestOf = (project: Project) => createHash('sha256').update(project.formattedCitations.sources()).digest('hex');

/**
 * Runs one API call and, if it changed the citation style or a reference (added, imported,
 * edited, merged, whichever call it was), keeps the project's formatted citations current,
 * so a fresh process exports without formatting them again. Every call from a renderer
 * passes here, so no new call can forget. A call that wrote nothing costs one query, and
 * a call that changed neither style nor references one digest of them (the first write
 * after opening keeps them too, since what an older file holds is unknown). The upkeep never
 * fails the call, which has already been saved: a project without kept text still exports,
 * formatting afresh.
 */
export async function withCitationUpkeep<T>(workspace: Workspace, call: () => T | Promise<T>, log: (error: unknown) => void): Promise<T> {
  const project = workspace.project;
  const before = project ? writesOf(project) : 0;
  const value = await call();
  if (!project || workspace.project !== project || !project.db.open || writesOf(project) === before) return value;
  try {
    const digest = digestOf(project);
    if (keptFor.get(project) !== digest) {
      saveFormattedCitations(project);
      keptFor.set(project, digest);
    }
  } catch (error) {
    if (!readableStorageFailure(error)) log(error);
  }
  return value;
}
