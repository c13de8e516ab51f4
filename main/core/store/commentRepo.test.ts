import { describe, expect, it } from 'vitest';
import type { Project } from './project';
import type { CommentInput } from './commentRepo';
import { useTempProjects } from './tempProjects';

const temp = useTempProjects();

const comment = (sectionId: string, body: string, parentId: string | null = null): CommentInput => ({
  sectionId,
  parentId,
  anchor: parentId ? null : { from: 1, to: 6 },
  quotedText: parentId ? '' : 'Staff',
  author: 'Ann Reviewer',
  authorInitials: 'AR',
  body,
});

const withSection = (project: Project) => project.sections.create({ parentId: null, title: 'S' });

describe('comments', () => {
  it('are created with anchors and replies, listed oldest first, and persist', () => {
    let project = temp.create();
    const section = withSection(project);
    const thread = project.comments.create(comment(section.id, 'Which staff?'));
    const reply = project.comments.create(comment(section.id, 'Nurses and doctors.', thread.id));
    expect(thread).toMatchObject({ anchor: { from: 1, to: 6 }, quotedText: 'Staff', resolved: false, parentId: null });
    expect(thread.updatedAt).toBe(thread.createdAt);

    project = temp.reopen(project);
    expect(project.comments.list()).toEqual([thread, reply]);
  });

  it('keep ids, times and state when they arrive from elsewhere', () => {
    const project = temp.create();
    const section = withSection(project);
    const existing = { id: crypto.randomUUID(), createdAt: '2025-01-02T03:04:05.000Z', updatedAt: '2025-01-03T00:00:00.000Z', resolved: true };
    expect(project.comments.create(comment(section.id, 'Merged'), existing)).toMatchObject(existing);
  });

  it('update body, resolution and anchor (null once the passage is gone), and persist', () => {
    let project = temp.create();
    const section = withSection(project);
    const thread = project.comments.create(comment(section.id, 'Which staff?'));
    project.comments.update(thread.id, { body: 'Which staff groups?', resolved: true });
    project.comments.update(thread.id, { anchor: null });
    project = temp.reopen(project);
    expect(project.comments.get(thread.id)).toMatchObject({ body: 'Which staff groups?', resolved: true, anchor: null, quotedText: 'Staff' });
  });

  it('delete with their replies', () => {
    const project = temp.create();
    const section = withSection(project);
    const thread = project.comments.create(comment(section.id, 'Thread'));
    project.comments.create(comment(section.id, 'Reply', thread.id));
    const other = project.comments.create(comment(section.id, 'Other'));
    project.comments.delete(thread.id);
    expect(project.comments.list().map((c) => c.id)).toEqual([other.id]);
  });

  it('go with their section when it is deleted', () => {
    const project = temp.create();
    const section = withSection(project);
    project.comments.create(comment(section.id, 'On a doomed section'));
    project.sections.delete(section.id);
    expect(project.comments.list()).toEqual([]);
  });

  it('report unknown ids, sections and threads as not found', () => {
    const project = temp.create();
    const section = withSection(project);
    const missing = crypto.randomUUID();
    expect(() => project.comments.get(missing)).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(() => project.comments.update(missing, { resolved: true })).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(() => project.comments.delete(missing)).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(() => project.comments.create(comment(missing, 'Nowhere'))).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(() => project.comments.create(comment(section.id, 'Orphan reply', missing))).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(project.comments.list()).toEqual([]);
  });
});
