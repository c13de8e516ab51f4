import { setImmediate as nextTurn } from 'node:timers/promises';

/** Told of each unit of work done: `stage` says what, e.g. "Laying out section 37 of 100". */
export type ProgressListener = (done: number, total: number, stage: string) => void;

/**
 * Progress of one export, in units of work (a section laid out, a page
 * drawn, a finishing step). Each step reports, then lets the event loop run,
 * so the app stays responsive and a cancel request is seen at the next step,
 * within a few milliseconds of work.
 */
export class Progress {
  private done = 0;

  constructor(
    private total: number,
    private readonly listener?: ProgressListener,
    private readonly signal?: AbortSignal,
  ) {}

  /** Raises the total once the real amount of work is known; it never shrinks, so the bar never moves back. */
  expect(total: number): void {
    this.total = Math.max(this.total, total);
  }

  /** Counts one unit done, reports it and yields to the event loop; throws the abort error once cancelled. */
  async step(stage: string): Promise<void> {
    this.signal?.throwIfAborted();
    this.done = Math.min(this.done + 1, this.total);
    this.listener?.(this.done, this.total, stage);
    await nextTurn();
    this.signal?.throwIfAborted();
  }

  /** Reports the end: every unit done. */
  finish(stage: string): void {
    this.done = this.total;
    this.listener?.(this.done, this.total, stage);
  }
}
