import { isAppUrl } from './appOrigin';

export interface SenderInfo {
  /** URL of the frame that sent the message (event.senderFrame.url), if it still exists. */
  frameUrl: string | undefined;
  /** Whether that frame is its page's main frame (not an iframe). */
  isMainFrame: boolean;
  /** Whether the sending web contents belongs to one of our windows. */
  isKnownWindow: boolean;
}

/**
 * Every IPC message is checked where it enters the main process (as VS Code's
 * ipcMain wrapper does): only the main frame of one of our own windows, showing
 * our own app:// page, may call the API.
 */
export function isTrustedSender(sender: SenderInfo): boolean {
  return sender.isKnownWindow && sender.isMainFrame && isAppUrl(sender.frameUrl);
}
