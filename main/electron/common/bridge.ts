import type { AppEvent, RawApi } from '../../../shared/api/client';
import { methods } from '../../../shared/api/contract';
import type { Envelope } from '../../../shared/api/envelope';

export type Invoke = (method: string, args: unknown) => Promise<Envelope<unknown>>;
export type Subscribe = (listener: (event: AppEvent) => void) => () => void;

/**
 * What the preload exposes as window.casebook: one named function per contract
 * call (so the page can make exactly those calls and nothing else), plus onEvent.
 * The transport functions stay in the preload's closure; the page never sees
 * ipcRenderer or an Electron event object.
 */
export function buildBridge(invoke: Invoke, subscribe: Subscribe): RawApi {
  const api: Record<string, unknown> = {};
  for (const method of methods) {
    api[method] = (args: unknown) => invoke(method, args);
  }
  api.onEvent = (listener: (event: AppEvent) => void) => {
    if (typeof listener !== 'function') throw new TypeError('onEvent needs a function.');
    return subscribe(listener);
  };
  return api as RawApi;
}
