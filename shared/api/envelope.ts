/** What crosses the process boundary: a value, or an error a person can read. Never a thrown object. */
export type ErrorCode = 'bad-request' | 'not-found' | 'conflict' | 'no-project' | 'read-only' | 'invalid-file' | 'internal';

export interface CallError {
  code: ErrorCode;
  message: string;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: CallError };

/** Thrown by the client when a call fails, carrying the main process's message. */
export class CasebookError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CasebookError';
  }
}
