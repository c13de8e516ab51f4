import type { Project } from '../store/project';
import { MAX_EXPORT_WARNINGS } from '../../../shared/api/calls/publishing';
import { EXPORT_RUNNERS, type ExportFormat } from './exportFormats';

export type ExportState = 'running' | 'done' | 'failed' | 'cancelled';

export interface ExportJobStatus {
  jobId: string;
  format: ExportFormat;
  path: string;
  state: ExportState;
  done: number;
  total: number;
  /** Why it failed, in words a person can act on. */
  message?: string;
  /** What the exporter is doing now, for the progress line. */
  stage?: string;
  /** Problems that did not stop the export, in the order met. */
  warnings: string[];
}

/**
 * Exports that run while the window stays responsive: started, polled for progress
 * and cancelled by id. Status is kept after the end so the dialog can offer Open and Show in folder.
 */
export class ExportJobs {
  private readonly jobs = new Map<string, { status: ExportJobStatus; controller: AbortController; finished: Promise<void> }>();

  start(project: Project, format: ExportFormat, path: string, brandName?: string): ExportJobStatus {
    const jobId = crypto.randomUUID();
    const controller = new AbortController();
    const status: ExportJobStatus = { jobId, format, path, state: 'running', done: 0, total: 1, warnings: [] };
    let unlisted = 0;
    const onWarning = (message: string) => {
      if (status.warnings.length < MAX_EXPORT_WARNINGS - 1) status.warnings.push(message);
      else status.warnings[MAX_EXPORT_WARNINGS - 1] = `…and ${++unlisted} more.`;
    };
    const finished = (async () => {
      // Let the caller receive the job id before the export starts taking the event loop.
      await new Promise((resolve) => setImmediate(resolve));
      try {
        await EXPORT_RUNNERS[format](project, path, {
          brandName,
          signal: controller.signal,
          onProgress: (done, total, stage) => Object.assign(status, { done, total, stage }),
          onWarning,
        });
        status.state = controller.signal.aborted ? 'cancelled' : 'done';
        if (status.state === 'done') status.done = status.total;
      } catch (error) {
        if (controller.signal.aborted) status.state = 'cancelled';
        else Object.assign(status, { state: 'failed', message: error instanceof Error ? error.message : String(error) });
      }
    })();
    this.jobs.set(jobId, { status, controller, finished });
    return { ...status, warnings: [] };
  }

  status(jobId: string): ExportJobStatus | undefined {
    const job = this.jobs.get(jobId);
    return job && { ...job.status, warnings: [...job.status.warnings] };
  }

  cancel(jobId: string): ExportJobStatus | undefined {
    this.jobs.get(jobId)?.controller.abort();
    return this.status(jobId);
  }

  /** Resolves when the job has ended, whatever the outcome (tests, and closing a window). */
  async settled(jobId: string): Promise<ExportJobStatus | undefined> {
    await this.jobs.get(jobId)?.finished;
    return this.status(jobId);
  }
}
