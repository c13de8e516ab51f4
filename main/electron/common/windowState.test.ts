import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_STATE, MIN_WINDOW_SIZE, captureWindowState, parseWindowState, type Rect } from './windowState';

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 900 };
const monitorOnRight: Rect = { x: 1440, y: 0, width: 2560, height: 1440 };

describe('window state', () => {
  it('restores the size and position it captured', () => {
    const saved = JSON.parse(JSON.stringify(captureWindowState({ x: 100, y: 80, width: 1100, height: 700 }, false)));
    expect(parseWindowState(saved, [laptop])).toEqual({ x: 100, y: 80, width: 1100, height: 700, maximized: false });
  });

  it('remembers that the window was maximised', () => {
    expect(parseWindowState(captureWindowState({ x: 0, y: 0, width: 1000, height: 700 }, true), [laptop]).maximized).toBe(true);
  });

  it('opens centred at the default size on first start or from a damaged file', () => {
    for (const raw of [undefined, null, 'garbage', { width: 'wide', x: Number.NaN }]) {
      const state = parseWindowState(raw, [monitorOnRight]);
      expect(state).toEqual(DEFAULT_WINDOW_STATE);
      expect(state.x).toBeUndefined();
    }
  });

  it('drops the position when the monitor it was on has gone', () => {
    const saved = { x: 2000, y: 100, width: 1200, height: 800, maximized: false };
    expect(parseWindowState(saved, [laptop, monitorOnRight]).x).toBe(2000);
    const state = parseWindowState(saved, [laptop]);
    expect(state.x).toBeUndefined();
    expect(state.y).toBeUndefined();
  });

  it('keeps a window whose title bar is still on a screen', () => {
    expect(parseWindowState({ x: -400, y: 10, width: 1000, height: 700 }, [laptop]).x).toBe(-400);
    expect(parseWindowState({ x: 100, y: 880, width: 1000, height: 700 }, [laptop]).x).toBeUndefined();
  });

  it('shrinks a window larger than every screen and refuses one too small to use', () => {
    const huge = parseWindowState({ width: 5000, height: 3000 }, [laptop]);
    expect(huge.width).toBe(laptop.width);
    expect(huge.height).toBe(laptop.height);
    const tiny = parseWindowState({ width: 10, height: 10 }, [laptop]);
    expect(tiny.width).toBe(MIN_WINDOW_SIZE.width);
    expect(tiny.height).toBe(MIN_WINDOW_SIZE.height);
  });
});
