import { z } from 'zod';
import { contract, isMethod, type Method } from '../../../shared/api/contract';
import type { Envelope } from '../../../shared/api/envelope';
import { CasebookFailure } from '../store/errors';
import { readableStorageFailure } from '../store/sqliteErrors';
import { withCitationUpkeep } from './citationUpkeep';
import type { Handler } from './handlerTypes';
import { handlers } from './handlers';
import type { Workspace } from './workspace';

export type Dispatch = (method: unknown, args: unknown) => Promise<Envelope<unknown>>;

/** Turns zod issues into one sentence naming the call and the offending fields. */
function describeIssues(method: string, error: z.ZodError): string {
  const parts = error.issues.slice(0, 5).map((issue) => {
    const where = issue.path.length ? issue.path.join('.') : 'arguments';
    return `${where}: ${issue.message}`;
  });
  return `Invalid arguments for ${method}: ${parts.join('; ')}.`;
}

/**
 * The single entry point for every call from a renderer, whatever the transport
 * (Electron IPC, Playwright binding): checks the method and its arguments against
 * the contract, runs the handler, and answers with an envelope, never a throw.
 */
export function createDispatcher(workspace: Workspace, log: (error: unknown) => void = console.error): Dispatch {
  return async (method, args) => {
    if (!isMethod(method)) {
      return { ok: false, error: { code: 'bad-request', message: `Unknown call: ${String(method).slice(0, 100)}.` } };
    }
    const parsed = contract[method].args.safeParse(args ?? {});
    if (!parsed.success) {
      return { ok: false, error: { code: 'bad-request', message: describeIssues(method, parsed.error) } };
    }
    try {
      const handler = handlers[method] as Handler<Method>;
      const value = await withCitationUpkeep(workspace, () => handler(workspace, parsed.data as never), log);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof CasebookFailure) return { ok: false, error: { code: error.code, message: error.message } };
      if (error instanceof z.ZodError) return { ok: false, error: { code: 'bad-request', message: describeIssues(method, error) } };
      // A full disk or a read-only file is the machine's state, not a bug: say what to do, log nothing.
      const storage = readableStorageFailure(error);
      if (storage) return { ok: false, error: { code: storage.code, message: storage.message } };
      log(error);
      const detail = error instanceof Error ? error.message : String(error);
      return { ok: false, error: { code: 'internal', message: `${method} failed: ${detail}` } };
    }
  };
}
