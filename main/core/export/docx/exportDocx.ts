import type { Project } from '../../store/project';
import { loadReportDocument } from '../reportDocument';
import { writeAtomic } from '../writeAtomic';
import { buildDocx } from './buildDocx';

export interface ExportDocxOptions {
  /** Brand name; default: the project's chosen brand, else the bundled NHS blue. */
  brandName?: string;
  /** Adds reviewers' comment threads as Word comments on their passages. */
  reviewCopy?: boolean;
  onProgress?: (done: number, total: number, stage?: string) => void;
  signal?: AbortSignal;
  /** Told of each problem that did not stop the export (an image that could not be converted, a font that may not be embedded). */
  onWarning?: (message: string) => void;
}

/**
 * Exports the report to a branded DOCX. The project is only read (one consistent
 * snapshot); the file is written atomically, so a failed or cancelled export
 * leaves no half-written file.
 */
export async function exportDocx(project: Project, outPath: string, options: ExportDocxOptions = {}): Promise<void> {
  const report = loadReportDocument(project, { brandName: options.brandName });
  const bytes = await buildDocx(report, { reviewCopy: options.reviewCopy, onProgress: options.onProgress, signal: options.signal, onWarning: options.onWarning });
  options.signal?.throwIfAborted();
  writeAtomic(outPath, bytes);
}
