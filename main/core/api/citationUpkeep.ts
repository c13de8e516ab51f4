import { createHash } from 'node:crypto';
import { saveFormattedCitations } from '../citations/formattedEntryCache';
import { readableStorageFailure } from '../store/sqliteErrors';
import type { Project } from '../store/project';
import type { Workspace } from './workspace';

/** The digest of each project's citation sources when its formatted citations were last kept. */
const keptFor = new WeakMap<Project, string>();

/**
 * How long the project must go without writes before the citations in its text are
 * kept again: a citation typed into a section changes what is cited without touching
 * a reference, and formatting on every autosave while someone types would be waste.
 */
export const IDLE_UPKEEP_MS = 3000;
const idleUpkeep = new WeakMap<Project, NodeJS.Timeout>();

function keep(project: Project, log: (error: unknown) => void): void {
  try {
    saveFormattedCitations(project);
  } catch (error) {
    if (!readableStorageFailure(error)) log(error);
  }
}

/** Keeps the citations once the project has been idle a while, unless it is closed or replaced by then. */
function keepWhenIdle(workspace: Workspace, project: Project, log: (error: unknown) => void): void {
  clearTimeout(idleUpkeep.get(project));
  const timer = setTimeout(() => {
    idleUpkeep.delete(project);
    if (workspace.project === project && project.db.open) keep(project, log);
  }, IDLE_UPKEEP_MS);
  // A pending upkeep never keeps the process alive (the CLI, tests): the next write does it.
  timer.unref();
  idleUpkeep.set(project, timer);
}

const writesOf = (project: Project) => project.db.prepare('SELECT total_changes()').pluck().get() as number;
const digestOf = (project: Project) => createHash('sha256').update(project.formattedCitations.sources()).digest('hex');

/**
 * Runs one API call and, if it changed the citation style or a reference (added, imported,
 * edited, merged, whichever call it was), keeps the project's formatted citations current,
 * so a fresh process exports without formatting them again. Every call from a renderer
 * passes here, so no new call can forget. A call that wrote nothing costs one query, and
 * a call that changed neither style nor references one digest of them (the first write
 * after opening keeps them too, since what an older file holds is unknown); any other write
 * (text edited, a citation added) has them kept once the project is idle. The upkeep never
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
    if (keptFor.get(project) === digest) {
      keepWhenIdle(workspace, project, log);
    } else {
      saveFormattedCitations(project);
      keptFor.set(project, digest);
    }
  } catch (error) {
    if (!readableStorageFailure(error)) log(error);
  }
  return value;
}
