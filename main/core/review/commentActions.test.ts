import { describe, expect, it } from 'vitest';
import { useTempProjects } from '../store/tempProjects';
import { createThread, deleteOwn, editOwn, reply, setResolved } from './commentActions';
import { storeAnchors } from './storeAnchors';

const temp = useTempProjects();
const ann = { name: 'Ann Author', initials: 'AA' };
const bo = { name: 'Bo Reviewer', initials: 'BR' };

function setup() {
  const project = temp.create();
  const section = project.sections.create({
    parentId: null,
    title: 'Findings',
    content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Support varied widely.' }] }] },
  });
  const thread = createThread(project, { sectionId: section.id, anchor: { from: 1, to: 8 }, quotedText: 'Support', body: 'Define support.', author: bo });
  return { project, section, thread };
}

describe('comment actions', () => {
  it('records the author’s name and initials on threads and replies', () => {
    const { project, thread } = setup();
    const answer = reply(project, thread.id, 'Done.', ann);
    expect(thread).toMatchObject({ author: 'Bo Reviewer', authorInitials: 'BR', parentId: null });
    expect(answer).toMatchObject({ author: 'Ann Author', authorInitials: 'AA', parentId: thread.id, anchor: null });
    // A reply to a reply joins the thread, which stays one level deep.
    expect(reply(project, answer.id, 'Thanks.', bo).parentId).toBe(thread.id);
  });

  it('lets people edit and delete only their own comments', () => {
    const { project, thread } = setup();
    expect(() => editOwn(project, thread.id, 'Hijacked', ann.name)).toThrow('Only Bo Reviewer, who wrote this comment, can edit it.');
    expect(() => deleteOwn(project, thread.id, ann.name)).toThrow(/can delete it/);
    expect(editOwn(project, thread.id, 'Define “support”.', bo.name).body).toBe('Define “support”.');
    reply(project, thread.id, 'Done.', ann);
    deleteOwn(project, thread.id, bo.name);
    expect(project.comments.list()).toEqual([]);
  });

  it('resolves and reopens threads, not single replies', () => {
    const { project, thread } = setup();
    const answer = reply(project, thread.id, 'Done.', ann);
    expect(setResolved(project, thread.id, true).resolved).toBe(true);
    expect(setResolved(project, thread.id, false).resolved).toBe(false);
    expect(() => setResolved(project, answer.id, true)).toThrow(/Resolve or reopen the thread/);
  });

  it('stores moved anchors without counting them as edits', () => {
    const { project, section, thread } = setup();
    expect(storeAnchors(project, section.id, [{ id: thread.id, anchor: { from: 9, to: 16 } }])).toBe(1);
    const moved = project.comments.get(thread.id);
    expect(moved.anchor).toEqual({ from: 9, to: 16 });
    expect(moved.updatedAt).toBe(thread.updatedAt);
    expect(storeAnchors(project, section.id, [{ id: thread.id, anchor: null }])).toBe(1);
    expect(project.comments.get(thread.id).anchor).toBeNull();
  });

  it('refuses an anchor for a thread of another section', () => {
    const { project, thread } = setup();
    const other = project.sections.create({ parentId: null, title: 'Other' });
    expect(() => storeAnchors(project, other.id, [{ id: thread.id, anchor: null }])).toThrow(/is not a thread of section/);
  });
});
