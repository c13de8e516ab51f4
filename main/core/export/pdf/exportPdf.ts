import type { Project } from '../../store/project';
import { loadReportDocument } from '../reportDocument';
import { writeAtomic } from '../writeAtomic';
import type { ProgressListener } from '../progress';
import { renderPdf } from './renderPdf';

export interface PdfExportOptions {
  /** Brand name; default: the project's own brand. */
  brandName?: string;
  /**
   * Called after each section laid out and each page drawn, for a progress bar;
   * `stage` says what was done ("Laying out section 37 of 100").
   */
  onProgress?: ProgressListener;
  /** Aborting stops the export; nothing is written. */
  signal?: AbortSignal;
  /** Told of each problem that did not stop the export (an image that could not be converted). */
  onWarning?: (message: string) => void;
}

/**
 * Writes the report as a branded, tagged PDF at outPath. The project is only
 * read (in one consistent snapshot); the file appears whole or not at all.
 */
export async function exportPdf(project: Project, outPath: string, options: PdfExportOptions = {}): Promise<void> {
  options.signal?.throwIfAborted();
  const report = loadReportDocument(project, { brandName: options.brandName });
  const bytes = await renderPdf(report, { onProgress: options.onProgress, signal: options.signal, onWarning: options.onWarning });
  options.signal?.throwIfAborted();
  writeAtomic(outPath, bytes);
}
