import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createSampleProject } from '../../core/sample/createSampleProject';
import type { OpenOptions } from '../../core/store/openDatabase';

export const SAMPLE_FILE_NAME = 'Sample learning report.casebook';

/** Where the first start puts its copy of the sample report: Documents/Casebook/. */
export const sampleProjectPath = (documentsDir: string): string => join(documentsDir, 'Casebook', SAMPLE_FILE_NAME);

/**
 * The sample report to open when there is no project to open: the copy made on
 * an earlier start if it is still there (never overwritten, it may hold the
 * user's edits), otherwise a fresh copy of the bundled sample.
 */
export function ensureSampleProject(documentsDir: string, options: OpenOptions = {}): string {
  const path = sampleProjectPath(documentsDir);
  if (existsSync(path)) return path;
  mkdirSync(join(documentsDir, 'Casebook'), { recursive: true });
  createSampleProject(path, options).close();
  return path;
}
