import type { z } from 'zod';

/** One entry of the API contract: the schema its arguments must satisfy and the schema of its result. */
export interface CallSpec<A extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  args: A;
  result: R;
  /** What the call does, for the reader of the contract and for error messages. */
  summary: string;
}

export const call = <A extends z.ZodType, R extends z.ZodType>(summary: string, args: A, result: R): CallSpec<A, R> => ({
  summary,
  args,
  result,
});
