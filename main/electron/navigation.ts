import { session, shell, type WebContents } from 'electron';
import { isAppUrl } from './common/appOrigin';
import { isAllowedExternalUrl } from './common/externalUrl';

/**
 * The page never leaves our app:// origin: navigation is refused, window.open is
 * denied, and links to https: and mailto: go to the system browser or mail
 * program instead. Any other link is dropped.
 */
export function lockDownNavigation(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    openExternally(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
}

function openExternally(url: string): void {
  if (isAllowedExternalUrl(url)) void shell.openExternal(url);
}

/** The page asks for no device or permission (camera, notifications, geolocation…): all are refused. */
export function denyPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}
