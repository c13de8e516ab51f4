import { app, screen, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { readJsonFile, writeJsonFile } from './common/jsonFile';
import { captureWindowState, parseWindowState, type WindowState } from './common/windowState';

const stateFile = (): string => join(app.getPath('userData'), 'window-state.json');

/** The remembered window size and position, fitted to the screens attached now. */
export function loadWindowState(): WindowState {
  return parseWindowState(readJsonFile(stateFile()), screen.getAllDisplays().map((display) => display.workArea));
}

/** Remembers the window's size and position whenever it settles after a move or resize, and when it closes. */
export function rememberWindowState(window: BrowserWindow): void {
  let timer: NodeJS.Timeout | undefined;
  const save = (): void => {
    clearTimeout(timer);
    if (window.isDestroyed() || window.isMinimized() || window.isFullScreen()) return;
    try {
      writeJsonFile(stateFile(), captureWindowState(window.getNormalBounds(), window.isMaximized()));
    } catch (error) {
      console.warn('Casebook could not remember the window size:', error);
    }
  };
  const saveSoon = (): void => {
    clearTimeout(timer);
    timer = setTimeout(save, 500);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('close', save);
}
