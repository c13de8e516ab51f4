import { runCli } from '../run';

export interface CliResult {
  code: number;
  out: string[];
  err: string[];
}

/** Runs one `casebook` invocation in-process, collecting what it prints (for tests). */
export async function runCaptured(...argv: string[]): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
  // A message may hold several lines; tests count the lines a person would see.
  return { code, out: out.flatMap((l) => l.split('\n')), err: err.flatMap((l) => l.split('\n')) };
}

/** True when the text shows a JavaScript stack frame. */
export const hasStackTrace = (lines: string[]) => lines.some((line) => /^\s+at .+[:(]/.test(line));
