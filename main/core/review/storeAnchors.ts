import type { Anchor } from '../../../shared/model';
import { badRequest } from '../store/errors';
import type { Project } from '../store/project';

/**
 * Saves where a section's threads now sit, after the writer edited the text around them.
 *
 * Written directly rather than through CommentRepo.update because moving an anchor is
 * not an edit of the comment: updated_at must keep meaning "the words or the resolution
 * changed", which is what merging a review copy compares.
 */
export function storeAnchors(project: Project, sectionId: string, anchors: { id: string; anchor: Anchor | null }[]): number {
  const statement = project.db.prepare('UPDATE comments SET anchor = ? WHERE id = ? AND section_id = ? AND parent_id IS NULL');
  return project.transaction(() => {
    project.sections.get(sectionId);
    let updated = 0;
    for (const { id, anchor } of anchors) {
      const result = statement.run(anchor ? JSON.stringify(anchor) : null, id, sectionId);
      if (result.changes === 0) {
        const exists = project.db.prepare('SELECT 1 FROM comments WHERE id = ?').get(id);
        // A thread deleted meanwhile (another window, an undo) is no error; a thread of another section is.
        if (exists) throw badRequest(`Comment ${id} is not a thread of section ${sectionId}.`);
      }
      updated += result.changes;
    }
    return updated;
  });
}
