/** Exit statuses every command keeps to. */
export const EXIT = { ok: 0, problem: 1, usage: 2 } as const;

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

/** Thrown for bad usage or unreadable input: one clear line on stderr, exit 2. */
export class UsageError extends Error {}

export interface Command {
  name: string;
  /** One line: `casebook new FILE [--title T] [--sample]`. */
  usage: string;
  summary: string;
  /** Returns the exit status; throws UsageError (2) or CasebookFailure (2 for unreadable input). */
  run(argv: string[], io: CliIo): Promise<number>;
}
