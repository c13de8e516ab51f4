import type { ErrorCode } from '../../../shared/api/envelope';

/** An error whose message is meant for the person using Casebook, with a code the API maps to its envelope. */
export class CasebookFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CasebookFailure';
  }
}

export const notFound = (what: string, id: string) => new CasebookFailure('not-found', `No ${what} with id ${id} in this project.`);

export const conflict = (message: string) => new CasebookFailure('conflict', message);

export const badRequest = (message: string) => new CasebookFailure('bad-request', message);

/** The file cannot be opened as a project; the message names the file and the problem. */
export const invalidFile = (path: string, problem: string) =>
  new CasebookFailure('invalid-file', `Cannot open “${path}”: ${problem}`);

/** Why a project held by another window or program cannot be opened. */
export const OPEN_ELSEWHERE = 'it is open in another Casebook window or program. Close it there first.';
