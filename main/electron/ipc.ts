import { ipcMain, type WebContents } from 'electron';
import type { Envelope } from '../../shared/api/envelope';
import { INVOKE_CHANNEL } from './common/ipcChannels';
import { isTrustedSender } from './common/senderCheck';

export type CallRoute = (method: unknown, args: unknown) => Promise<Envelope<unknown>>;

const refused: Envelope<unknown> = {
  ok: false,
  error: { code: 'bad-request', message: 'Calls are accepted only from Casebook’s own window.' },
};

/**
 * The one IPC handler: every call from a renderer arrives here, is checked to
 * come from the main frame of one of our windows showing our app:// page, and
 * goes to that window's dispatcher (which validates it against the contract).
 */
export function handleApiCalls(routeFor: (sender: WebContents) => CallRoute | undefined): void {
  ipcMain.handle(INVOKE_CHANNEL, (event, method: unknown, args: unknown) => {
    const route = routeFor(event.sender);
    const frame = event.senderFrame;
    const trusted = isTrustedSender({
      frameUrl: frame?.url,
      isMainFrame: frame !== null && frame === event.sender.mainFrame,
      isKnownWindow: route !== undefined,
    });
    if (!trusted || !route) return refused;
    return route(method, args);
  });
}
