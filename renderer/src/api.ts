import { createClient, type CasebookApi, type RawApi } from '../../shared/api/client';

declare global {
  interface Window {
    /** Exposed by the preload (desktop) or the test binding (e2e): one function per contract call. */
    casebook: RawApi;
  }
}

let client: CasebookApi | undefined;

/** The typed API; calls resolve to values or throw CasebookError with a readable message. */
export function api(): CasebookApi {
  if (!window.casebook) throw new Error('Casebook’s engine is not connected to this window.');
  client ??= createClient(window.casebook);
  return client;
}
