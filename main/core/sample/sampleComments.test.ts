import { describe, expect, it } from 'vitest';
import { groupThreads } from '../../../shared/review/threads';
import { passageText } from '../../../shared/review/passageText';
import { reportSchema } from '../../../shared/schema';
import { useTempProjects } from '../store/tempProjects';
import { createSampleProject } from './createSampleProject';

const temp = useTempProjects();

describe('the sample report’s review', () => {
  it('has threads on real passages, one with a reply and one resolved', () => {
    const project = createSampleProject(temp.path());
    try {
      const threads = groupThreads(project.comments.list());
      expect(threads.length).toBeGreaterThanOrEqual(2);
      expect(threads.some((t) => t.replies.length > 0 && !t.root.resolved)).toBe(true);
      expect(threads.some((t) => t.root.resolved)).toBe(true);
      const schema = reportSchema();
      for (const { root } of threads) {
        const doc = schema.nodeFromJSON(project.sections.get(root.sectionId).content);
        expect(passageText(doc, root.anchor!)).toBe(root.quotedText);
      }
      const statuses = new Set(project.sections.list().map((s) => s.reviewStatus));
      expect(statuses.size).toBeGreaterThanOrEqual(3);
    } finally {
      project.close();
    }
  });
});
