import { methods, type ArgsOf, type Method, type ResultOf } from './contract';
import { CasebookError, type Envelope } from './envelope';

/** Events the main process pushes to the renderer. */
export type AppEvent =
  | { type: 'project-opened' }
  | { type: 'menu'; command: MenuCommand };

export type MenuCommand =
  | 'save-version'
  | 'import'
  | 'export'
  | 'preview'
  | 'brand'
  | 'find'
  | 'preferences'
  | 'flush'
  | 'save-review-copy'
  | 'merge-review';

export type CasebookApi = { [M in Method]: (args: ArgsOf<M>) => Promise<ResultOf<M>> } & {
  onEvent(listener: (event: AppEvent) => void): () => void;
};

/** The raw functions a transport must provide: one per call (already bound by the preload or test binding). */
export type RawApi = { [M in Method]: (args: unknown) => Promise<Envelope<unknown>> } & {
  onEvent(listener: (event: AppEvent) => void): () => void;
};

/** Wraps the transport so callers get values or a thrown CasebookError with a readable message. */
export function createClient(raw: RawApi): CasebookApi {
  const api: Record<string, unknown> = { onEvent: raw.onEvent.bind(raw) };
  for (const method of methods) {
    api[method] = async (args: unknown) => {
      const envelope = await raw[method](args ?? {});
      if (envelope.ok) return envelope.value;
      throw new CasebookError(envelope.error.code, envelope.error.message);
    };
  }
  return api as CasebookApi;
}
