import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ReviewStatus, type DocNode } from '../../../shared/model';
import { Project } from '../store/project';
import { useTempProjects } from '../store/tempProjects';
import { createThread, reply, setResolved } from './commentActions';
import { mergeReview } from './mergeReview';
import { saveReviewCopy } from './saveReviewCopy';

const temp = useTempProjects();
const TEXTS = ['Staff felt supported after incidents in some trusts.', 'We interviewed staff in eight trusts and surveyed more.'];
const para = (text: string): DocNode => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const rae = { name: 'Rae Reviewer', initials: 'RR' };
const wren = { name: 'Wren Writer', initials: 'WW' };

type Action =
  | { kind: 'thread'; section: number; word: number }
  | { kind: 'reply'; thread: number }
  | { kind: 'resolve'; thread: number; resolved: boolean }
  | { kind: 'status'; section: number; status: ReviewStatus }
  | { kind: 'edit'; section: number };

const action = fc.oneof(
  fc.record({ kind: fc.constant('thread' as const), section: fc.nat(1), word: fc.nat(7) }),
  fc.record({ kind: fc.constant('reply' as const), thread: fc.nat(5) }),
  fc.record({ kind: fc.constant('resolve' as const), thread: fc.nat(5), resolved: fc.boolean() }),
  fc.record({ kind: fc.constant('status' as const), section: fc.nat(1), status: fc.constantFrom(...ReviewStatus.options) }),
  fc.record({ kind: fc.constant('edit' as const), section: fc.nat(1) }),
);

/** Applies one action as the given person; text edits are the writer's only. */
function act(project: Project, sectionIds: string[], a: Action, who: typeof rae, reviewer: boolean): void {
  const threads = project.comments.list().filter((c) => !c.parentId);
  const sectionId = sectionIds[a.kind === 'thread' || a.kind === 'status' || a.kind === 'edit' ? a.section : 0]!;
  switch (a.kind) {
    case 'thread': {
      const text = project.sections.get(sectionId).content.content![0]!.content![0]!.text!;
      const words = text.split(' ');
      const word = words[a.word % words.length]!;
      const from = 1 + text.indexOf(word);
      createThread(project, { sectionId, anchor: { from, to: from + word.length }, quotedText: word, body: `About “${word}”`, author: who });
      return;
    }
    case 'reply':
      if (threads.length) reply(project, threads[a.thread % threads.length]!.id, 'Noted.', who);
      return;
    case 'resolve':
      if (threads.length) setResolved(project, threads[a.thread % threads.length]!.id, a.resolved);
      return;
    case 'status':
      project.sections.update({ id: sectionId, reviewStatus: a.status });
      return;
    case 'edit':
      if (!reviewer) project.sections.update({ id: sectionId, content: para(`New opening. ${project.sections.get(sectionId).content.content![0]!.content![0]!.text}`) });
  }
}

const state = (p: Project) => ({ comments: p.comments.list(), sections: p.sections.all() });

describe('merging a review copy (property)', () => {
  it('never changes the writer’s text, and a second merge changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { maxLength: 8 }), fc.array(action, { maxLength: 5 }), async (reviewerActions, writerActions) => {
        const writer = temp.create({ title: 'Supporting staff' });
        const sectionIds = TEXTS.map((t, i) => writer.sections.create({ parentId: null, title: `S${i}`, content: para(t) }).id);
        act(writer, sectionIds, { kind: 'thread', section: 0, word: 2 }, wren, false);
        const copyPath = temp.path('copy.casebook');
        await saveReviewCopy(writer, copyPath);

        const copy = Project.open(copyPath);
        try {
          for (const a of reviewerActions) act(copy, sectionIds, a, rae, true);
        } finally {
          copy.close();
        }
        for (const a of writerActions) act(writer, sectionIds, a, wren, false);

        const text = writer.sections.all().map((s) => [s.id, s.title, s.content]);
        mergeReview(writer, copyPath);
        expect(writer.sections.all().map((s) => [s.id, s.title, s.content])).toEqual(text);
        const once = state(writer);
        const again = mergeReview(writer, copyPath);
        expect(again.added + again.replies + again.resolved + again.reopened + again.edited + again.statusChanges.length).toBe(0);
        expect(state(writer)).toEqual(once);
        writer.close();
      }),
      { numRuns: 25 },
    );
  });
});
