import type { Anchor, Comment, Person } from '../../../shared/model';
import { badRequest, conflict } from '../store/errors';
import type { Project } from '../store/project';

/**
 * What a person may do with comments. Identity is the name set in preferences:
 * Casebook has no accounts, so "own" means written under the same name.
 */

export interface NewThread {
  sectionId: string;
  anchor: Anchor | null;
  quotedText: string;
  body: string;
  author: Person;
}

export function createThread(project: Project, input: NewThread): Comment {
  if (input.anchor && !input.quotedText.trim()) throw badRequest('A comment on a passage needs the passage’s text.');
  project.sections.get(input.sectionId);
  return project.comments.create({
    sectionId: input.sectionId,
    parentId: null,
    anchor: input.anchor,
    quotedText: input.quotedText,
    author: input.author.name,
    authorInitials: input.author.initials,
    body: input.body,
  });
}

/** Replies hang off the thread's first comment, so a thread stays one level deep. */
export function reply(project: Project, parentId: string, body: string, author: Person): Comment {
  const parent = project.comments.get(parentId);
  const root = parent.parentId ? project.comments.get(parent.parentId) : parent;
  return project.comments.create({
    sectionId: root.sectionId,
    parentId: root.id,
    anchor: null,
    quotedText: '',
    author: author.name,
    authorInitials: author.initials,
    body,
  });
}

function assertOwn(comment: Comment, author: string, action: string): void {
  if (comment.author.trim() !== author.trim()) {
    throw conflict(`Only ${comment.author || 'its author'}, who wrote this comment, can ${action} it.`);
  }
}

export function editOwn(project: Project, id: string, body: string, author: string): Comment {
  assertOwn(project.comments.get(id), author, 'edit');
  return project.comments.update(id, { body });
}

export function deleteOwn(project: Project, id: string, author: string): void {
  assertOwn(project.comments.get(id), author, 'delete');
  project.comments.delete(id);
}

/** Resolution belongs to the thread: replies cannot be resolved on their own. */
export function setResolved(project: Project, id: string, resolved: boolean): Comment {
  const comment = project.comments.get(id);
  if (comment.parentId) throw badRequest('Resolve or reopen the thread, not one of its replies.');
  return project.comments.update(id, { resolved });
}
