import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './common/appOrigin';
import { secureWebPreferences } from './common/webPreferences';
import { MIN_WINDOW_SIZE } from './common/windowState';
import { lockDownNavigation } from './navigation';
import { loadWindowState, rememberWindowState } from './windowState';

/** The Casebook window: secure preferences, our app:// page, and its remembered size and place. */
export function createWindow(preload: string): BrowserWindow {
  const state = loadWindowState();
  const window = new BrowserWindow({
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Casebook',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(preload),
  });
  if (state.maximized) window.maximize();
  lockDownNavigation(window.webContents);
  rememberWindowState(window);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
