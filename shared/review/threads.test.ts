import { describe, expect, it } from 'vitest';
import type { Comment, SectionSummary } from '../model';
import { filterThreads, groupThreads, sortThreads, threadState } from './threads';
import { reviewProgress } from './reviewProgress';

const S1 = '00000000-0000-4000-8000-000000000001';
const S2 = '00000000-0000-4000-8000-000000000002';
let n = 0;
const comment = (over: Partial<Comment>): Comment => {
  n++;
  return {
    id: `10000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    sectionId: S1,
    parentId: null,
    anchor: { from: 1, to: 4 },
    quotedText: 'abc',
    author: 'Ada Reviewer',
    authorInitials: 'AR',
    body: 'A point',
    createdAt: `2026-01-01T00:00:${String(n).padStart(2, '0')}.000Z`,
    updatedAt: `2026-01-01T00:00:${String(n).padStart(2, '0')}.000Z`,
    resolved: false,
    ...over,
  };
};

describe('threads', () => {
  const a = comment({ anchor: { from: 10, to: 12 } });
  const b = comment({ sectionId: S2, resolved: true, author: 'Wren Writer' });
  const c = comment({ anchor: null });
  const replyToA = comment({ parentId: a.id, author: 'Wren Writer', anchor: null });
  const all = [a, b, c, replyToA];

  it('groups replies under their thread', () => {
    const threads = groupThreads(all);
    expect(threads.map((t) => t.root.id)).toEqual([a.id, b.id, c.id]);
    expect(threads[0]!.replies.map((r) => r.id)).toEqual([replyToA.id]);
    expect(threads.map(threadState)).toEqual(['open', 'resolved', 'detached']);
  });

  it('filters by section, author (including repliers) and state', () => {
    const threads = groupThreads(all);
    expect(filterThreads(threads, { sectionId: S2 }).map((t) => t.root.id)).toEqual([b.id]);
    expect(filterThreads(threads, { author: 'Wren Writer' }).map((t) => t.root.id)).toEqual([a.id, b.id]);
    expect(filterThreads(threads, { state: 'detached' }).map((t) => t.root.id)).toEqual([c.id]);
    expect(filterThreads(threads, { state: 'all' })).toHaveLength(3);
  });

  it('sorts by outline order, then text position, detached last', () => {
    const threads = sortThreads(groupThreads(all), [S2, S1]);
    expect(threads.map((t) => t.root.id)).toEqual([b.id, a.id, c.id]);
  });

  it('summarises review progress', () => {
    const section = (id: string, reviewStatus: SectionSummary['reviewStatus']): SectionSummary => ({
      id,
      parentId: null,
      order: 0,
      title: 't',
      reviewStatus,
      updatedAt: '2026-01-01T00:00:00.000Z',
      words: 0,
    });
    const progress = reviewProgress([section(S1, 'approved'), section(S2, 'in-review')], all);
    expect(progress.byStatus).toEqual({ draft: 0, 'in-review': 1, 'changes-requested': 0, approved: 1 });
    expect(progress).toMatchObject({ openThreads: 2, resolvedThreads: 1, detachedThreads: 1, openBySection: { [S1]: 2 } });
  });
});
