import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { AppEvent } from '../../shared/api/client';
import type { Envelope } from '../../shared/api/envelope';
import { buildBridge } from './common/bridge';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './common/ipcChannels';

// Runs sandboxed in an isolated world: it exposes window.casebook, one function per
// contract call, and keeps ipcRenderer to itself.
const invoke = (method: string, args: unknown): Promise<Envelope<unknown>> =>
  ipcRenderer.invoke(INVOKE_CHANNEL, method, args);

const subscribe = (listener: (event: AppEvent) => void): (() => void) => {
  const forward = (_event: IpcRendererEvent, payload: AppEvent): void => listener(payload);
  ipcRenderer.on(EVENT_CHANNEL, forward);
  return () => {
    ipcRenderer.removeListener(EVENT_CHANNEL, forward);
  };
};

contextBridge.exposeInMainWorld('casebook', buildBridge(invoke, subscribe));
