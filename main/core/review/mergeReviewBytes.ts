import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { MergeSummary } from '../../../shared/api/calls/review';
import type { Project } from '../store/project';
import { mergeReview } from './mergeReview';

/**
 * Merges a review copy whose bytes came from the window (a file picked there has no
 * path the engine can open). The bytes are written to a private temporary folder,
 * merged from there, and removed.
 */
export function mergeReviewBytes(project: Project, fileName: string, bytes: Buffer): MergeSummary {
  const dir = mkdtempSync(join(tmpdir(), 'casebook-review-'));
  try {
    const path = join(dir, basename(fileName) || 'review.casebook');
    writeFileSync(path, bytes);
    return { ...mergeReview(project, path), copyPath: fileName };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
