import type { z } from 'zod';

/** One thing wrong with a project: where it is (readable, with the id) and what is wrong. */
export interface ProjectProblem {
  where: string;
  problem: string;
}

/** Zod's issues as one readable sentence: "status: Invalid option; themes.0: Too small". */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

/** Parses a JSON column; a problem is recorded, and undefined returned, when it does not parse. */
export function readJson(text: unknown, where: string, what: string, problems: ProjectProblem[]): unknown {
  if (typeof text !== 'string') {
    problems.push({ where, problem: `${what} is missing` });
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    problems.push({ where, problem: `${what} ${what.endsWith('s') ? 'are' : 'is'} not valid JSON` });
    return undefined;
  }
}

/** Checks a value against a model schema, recording what does not fit. */
export function checkModel<T>(schema: z.ZodType<T>, value: unknown, where: string, problems: ProjectProblem[]): T | undefined {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  problems.push({ where, problem: `does not fit the report model (${describeIssues(parsed.error)})` });
  return undefined;
}
