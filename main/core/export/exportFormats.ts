import type { ExportFormat } from '../../../shared/export/formats';
import type { Project } from '../store/project';
import { exportJsonFile } from '../interchange/exportJson';
import { exportDocx } from './docx/exportDocx';
import { exportPdf } from './pdf/exportPdf';

export type { ExportFormat };

export interface ExportRun {
  brandName?: string;
  onProgress?: (done: number, total: number, stage?: string) => void;
  signal?: AbortSignal;
  /** Told of each problem that did not stop the export (an image that could not be converted). */
  onWarning?: (message: string) => void;
}

type Runner = (project: Project, path: string, options: ExportRun) => Promise<void>;

/** The writer of every output format; the export dialog and the CLI both go through these. */
export const EXPORT_RUNNERS: Record<ExportFormat, Runner> = {
  pdf: (project, path, o) => exportPdf(project, path, o),
  docx: (project, path, o) => exportDocx(project, path, o),
  'docx-review': (project, path, o) => exportDocx(project, path, { ...o, reviewCopy: true }),
  json: async (project, path, o) => {
    o.signal?.throwIfAborted();
    exportJsonFile(project, path);
    o.onProgress?.(1, 1);
  },
};
