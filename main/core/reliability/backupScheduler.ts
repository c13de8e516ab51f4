import type { Project } from '../store/project';
import { backupProject, type BackupEntry } from './backups';

/** Ten minutes between backups while the project changes. */
export const BACKUP_INTERVAL_MS = 10 * 60 * 1000;

/** Timers, injected so tests move time by hand. */
export interface Clock {
  now(): Date;
  every(ms: number, tick: () => void): () => void;
}

export const systemClock: Clock = {
  now: () => new Date(),
  every: (ms, tick) => {
    const handle = setInterval(tick, ms);
    // A pending backup timer must never keep the process alive on its own.
    handle.unref?.();
    return () => clearInterval(handle);
  },
};

export interface BackupSchedule {
  /** Resolves when any backup under way has finished. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

export interface ScheduleOptions {
  folder: string;
  clock?: Clock;
  intervalMs?: number;
  keep?: number;
  onBackup?: (entry: BackupEntry) => void;
  /** A failed backup must not disturb the writer; the shell logs it. */
  onError?: (error: unknown) => void;
}

/**
 * This connection's count of changed rows: it grows with every write made through the project
 * (the only writer, under the exclusive lock), so an unchanged count means nothing new to back up.
 */
const changeCount = (project: Project) => (project.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;

/**
 * Backs the project up when it is opened, then every interval while it has changed since the
 * last backup, keeping the newest few.
 */
export function scheduleBackups(project: Project, options: ScheduleOptions): BackupSchedule {
  const clock = options.clock ?? systemClock;
  let backedUpAt = -1;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;

  const run = () => {
    if (stopped) return;
    running = running.then(async () => {
      if (!project.db.open) return;
      const count = changeCount(project);
      if (count === backedUpAt) return;
      try {
        const entry = await backupProject(project, options.folder, { now: clock.now(), keep: options.keep });
        backedUpAt = count;
        options.onBackup?.(entry);
      } catch (error) {
        options.onError?.(error);
      }
    });
  };

  run();
  const cancel = clock.every(options.intervalMs ?? BACKUP_INTERVAL_MS, run);
  return {
    idle: () => running,
    stop: async () => {
      stopped = true;
      cancel();
      await running;
    },
  };
}
