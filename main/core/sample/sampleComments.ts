import type { ReviewStatus } from '../../../shared/model';
import { reanchor } from '../../../shared/review/reanchor';
import { reportSchema } from '../../../shared/schema';
import type { Project } from '../store/project';
import { newId } from '../store/rows';

const PRIYA = { author: 'Dr Priya Shah', authorInitials: 'PS' };
const TOM = { author: 'Tom Ellis', authorInitials: 'TE' };

interface SampleReply {
  by: typeof PRIYA;
  body: string;
  at: string;
}

interface SampleThread {
  section: string;
  /** The passage commented on, exactly as it reads in the section. */
  quote: string;
  by: typeof PRIYA;
  body: string;
  at: string;
  resolvedAt?: string;
  replies: SampleReply[];
}

/** A reviewer's first pass over the sample, so a newcomer meets threads, replies and a resolved thread at once. */
const THREADS: SampleThread[] = [
  {
    section: 'summary',
    quote: 'depends largely on where they work and who their manager is',
    by: PRIYA,
    body: 'Can we say how large the variation was? One figure from the survey would make this concrete for board readers.',
    at: '2026-07-02T09:40:00.000Z',
    replies: [
      {
        by: TOM,
        body: 'Good idea. Figure 1 has it by trust type; I will quote the range here once the survey numbers are signed off.',
        at: '2026-07-02T14:05:00.000Z',
      },
    ],
  },
  {
    section: 'method',
    quote: 'It was a national learning review',
    by: PRIYA,
    body: 'Readers outside the NHS may not know how a learning review differs from an incident investigation. A sentence would help.',
    at: '2026-07-02T10:12:00.000Z',
    resolvedAt: '2026-07-03T08:30:00.000Z',
    replies: [
      {
        by: TOM,
        body: 'Added: “it did not examine any single incident, but looked across organisations”. Resolving.',
        at: '2026-07-03T08:29:00.000Z',
      },
    ],
  },
];

/** Where the sample's review stands: a few sections already moved on from draft. */
const STATUSES: Record<string, ReviewStatus> = {
  summary: 'in-review',
  method: 'approved',
  background: 'changes-requested',
};

/**
 * Adds the sample's review: comment threads anchored on real passages (found in the
 * text, so they highlight the right words) and some review statuses. Fails loudly if
 * a quoted passage is no longer in the sample's text.
 */
export function addSampleReview(project: Project, sectionIds: Map<string, string>): void {
  const schema = reportSchema();
  const idOf = (key: string) => {
    const id = sectionIds.get(key);
    if (!id) throw new Error(`the sample has no section “${key}” to comment on`);
    return id;
  };
  for (const thread of THREADS) {
    const sectionId = idOf(thread.section);
    const doc = schema.nodeFromJSON(project.sections.get(sectionId).content);
    const anchor = reanchor(doc, null, thread.quote);
    if (!anchor) throw new Error(`the sample comment’s passage “${thread.quote}” is not in section “${thread.section}”`);
    const root = project.comments.create(
      { sectionId, parentId: null, anchor, quotedText: thread.quote, ...thread.by, body: thread.body },
      { id: newId(), createdAt: thread.at, updatedAt: thread.resolvedAt ?? thread.at, resolved: Boolean(thread.resolvedAt) },
    );
    for (const reply of thread.replies) {
      project.comments.create(
        { sectionId, parentId: root.id, anchor: null, quotedText: '', ...reply.by, body: reply.body },
        { id: newId(), createdAt: reply.at, updatedAt: reply.at, resolved: false },
      );
    }
  }
  for (const [key, status] of Object.entries(STATUSES)) project.sections.update({ id: idOf(key), reviewStatus: status });
}
