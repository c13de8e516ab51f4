import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../../shared/model';
import { passageText } from '../../../shared/review/passageText';
import { reportSchema } from '../../../shared/schema';
import { Project } from '../store/project';
import { useTempProjects } from '../store/tempProjects';
import { createThread, reply, setResolved } from './commentActions';
import { mergeReview } from './mergeReview';
import { saveReviewCopy } from './saveReviewCopy';

const temp = useTempProjects();
const schema = reportSchema();
const writerId = { name: 'Wren Writer', initials: 'WW' };
const reviewerId = { name: 'Rae Reviewer', initials: 'RR' };

const para = (text: string): DocNode => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
/** The anchor of a word in a one-paragraph section (positions start after the paragraph's opening). */
const anchorOf = (text: string, word: string) => ({ from: 1 + text.indexOf(word), to: 1 + text.indexOf(word) + word.length });

const BACKGROUND = 'Staff felt supported after incidents in some trusts.';
const METHOD = 'We interviewed staff in eight trusts.';

async function scenario() {
  const writer = temp.create({ title: 'Supporting staff' });
  const background = writer.sections.create({ parentId: null, title: 'Background', content: para(BACKGROUND) });
  const method = writer.sections.create({ parentId: null, title: 'Method', content: para(METHOD) });
  const thread = createThread(writer, {
    sectionId: background.id,
    anchor: anchorOf(BACKGROUND, 'some trusts'),
    quotedText: 'some trusts',
    body: 'Which ones?',
    author: writerId,
  });
  const copyPath = temp.path('review.casebook');
  await saveReviewCopy(writer, copyPath);
  return { writer, background, method, thread, copyPath };
}

/** What the reviewer does in the copy, offline. */
function review(copyPath: string, act: (copy: Project) => void): void {
  const copy = Project.open(copyPath);
  try {
    act(copy);
  } finally {
    copy.close();
  }
}

const contentOf = (project: Project) => project.sections.all().map((s) => ({ id: s.id, title: s.title, content: s.content }));

describe('merging a review copy', () => {
  it('adds new threads, replies, resolutions and status changes without touching the text', async () => {
    const { writer, background, method, thread, copyPath } = await scenario();
    review(copyPath, (copy) => {
      createThread(copy, {
        sectionId: background.id,
        anchor: anchorOf(BACKGROUND, 'supported'),
        quotedText: 'supported',
        body: 'How was support measured?',
        author: reviewerId,
      });
      reply(copy, thread.id, 'Name them in an appendix.', reviewerId);
      setResolved(copy, thread.id, true);
      copy.sections.update({ id: method.id, reviewStatus: 'changes-requested' });
    });
    // Meanwhile the writer keeps writing: the reviewer's passage moves.
    const edited = `In 2025, ${BACKGROUND}`;
    writer.sections.update({ id: background.id, content: para(edited) });
    const before = contentOf(writer);

    const summary = mergeReview(writer, copyPath);

    expect(summary).toMatchObject({ added: 1, replies: 1, resolved: 1, reopened: 0, edited: 0, skipped: 0, statusConflicts: [] });
    expect(summary.statusChanges).toEqual([{ sectionId: method.id, title: 'Method', from: 'draft', to: 'changes-requested' }]);
    expect(contentOf(writer)).toEqual(before);
    const comments = writer.comments.list();
    expect(comments).toHaveLength(3);
    expect(writer.comments.get(thread.id).resolved).toBe(true);
    const added = comments.find((c) => c.body === 'How was support measured?')!;
    expect(added.author).toBe('Rae Reviewer');
    const doc = schema.nodeFromJSON(writer.sections.get(background.id).content);
    expect(passageText(doc, added.anchor!)).toBe('supported');
    expect(writer.sections.get(method.id).reviewStatus).toBe('changes-requested');
  });

  it('adds nothing when the same copy is merged twice', async () => {
    const { writer, background, thread, copyPath } = await scenario();
    review(copyPath, (copy) => {
      reply(copy, thread.id, 'Agreed.', reviewerId);
      setResolved(copy, thread.id, true);
      copy.sections.update({ id: background.id, reviewStatus: 'approved' });
    });
    mergeReview(writer, copyPath);
    const after = { comments: writer.comments.list(), sections: writer.sections.all() };
    // The writer reopens the thread and moves the section on; merging again must not undo that.
    setResolved(writer, thread.id, false);
    writer.sections.update({ id: background.id, reviewStatus: 'in-review' });
    const again = mergeReview(writer, copyPath);
    expect(again).toMatchObject({ added: 0, replies: 0, resolved: 0, reopened: 0, edited: 0, statusChanges: [], skipped: 0 });
    expect(writer.comments.list().length).toBe(after.comments.length);
    expect(writer.comments.get(thread.id).resolved).toBe(false);
    expect(writer.sections.get(background.id).reviewStatus).toBe('in-review');
    const third = mergeReview(writer, copyPath);
    expect(third.added + third.replies + third.resolved + third.statusChanges.length).toBe(0);
  });

  it('refuses a copy of a different report, changing nothing', async () => {
    const { writer } = await scenario();
    const other = temp.create({ title: 'Learning from falls' }, 'falls.casebook');
    const otherId = other.meta.get().reportId;
    other.close();
    const before = { comments: writer.comments.list(), sections: writer.sections.all() };
    expect(() => mergeReview(writer, other.path)).toThrow(
      `This review copy belongs to another report: “Learning from falls” (id ${otherId}). It cannot be merged into “Supporting staff”.`,
    );
    expect({ comments: writer.comments.list(), sections: writer.sections.all() }).toEqual(before);
  });

  it('refuses the report itself and files that are not projects, with a readable message', async () => {
    const { writer } = await scenario();
    expect(() => mergeReview(writer, writer.path)).toThrow(/That is the report itself/);
    expect(() => mergeReview(writer, temp.path('missing.casebook'))).toThrow(/does not exist/);
  });

  it('keeps the writer’s status when both changed it, and reports the conflict', async () => {
    const { writer, method, copyPath } = await scenario();
    review(copyPath, (copy) => copy.sections.update({ id: method.id, reviewStatus: 'changes-requested' }));
    writer.sections.update({ id: method.id, reviewStatus: 'approved' });
    const summary = mergeReview(writer, copyPath);
    expect(summary.statusChanges).toEqual([]);
    expect(summary.statusConflicts).toEqual([{ sectionId: method.id, title: 'Method', writer: 'approved', reviewer: 'changes-requested' }]);
    expect(writer.sections.get(method.id).reviewStatus).toBe('approved');
  });

  it('does not bring back a thread the writer deleted after making the copy', async () => {
    const { writer, thread, copyPath } = await scenario();
    writer.comments.delete(thread.id);
    const summary = mergeReview(writer, copyPath);
    expect(summary.added).toBe(0);
    expect(writer.comments.list()).toEqual([]);
  });

  it('detaches a new thread whose passage the writer deleted, keeping its quoted text', async () => {
    const { writer, method, copyPath } = await scenario();
    review(copyPath, (copy) =>
      createThread(copy, { sectionId: method.id, anchor: anchorOf(METHOD, 'eight'), quotedText: 'eight', body: 'Only eight?', author: reviewerId }),
    );
    writer.sections.update({ id: method.id, content: para('We interviewed staff in many trusts.') });
    mergeReview(writer, copyPath);
    const added = writer.comments.list().find((c) => c.body === 'Only eight?')!;
    expect(added.anchor).toBeNull();
    expect(added.quotedText).toBe('eight');
  });

  it('skips comments on a section the writer has deleted', async () => {
    const { writer, method, copyPath } = await scenario();
    review(copyPath, (copy) =>
      createThread(copy, { sectionId: method.id, anchor: anchorOf(METHOD, 'eight'), quotedText: 'eight', body: 'Only eight?', author: reviewerId }),
    );
    writer.sections.delete(method.id);
    expect(mergeReview(writer, copyPath)).toMatchObject({ added: 0, skipped: 1 });
  });

  it('keeps the report id in the copy', async () => {
    const { writer, copyPath } = await scenario();
    review(copyPath, (copy) => expect(copy.meta.get().reportId).toBe(writer.meta.get().reportId));
  });
});
