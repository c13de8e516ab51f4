export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  /** Absent when the window should be centred (first start, or its display is gone). */
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 860, maximized: false };
export const MIN_WINDOW_SIZE = { width: 720, height: 480 };

/** How much of the window's top strip must be on a screen for the saved position to be kept. */
const VISIBLE_STRIP = { width: 120, height: 40 };

const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * The window state to restore, from whatever was stored: bad or missing values
 * fall back to defaults, a window too large for every screen is shrunk, and a
 * position whose title bar would be off every screen (a monitor unplugged since)
 * is dropped so the window opens centred.
 */
export function parseWindowState(raw: unknown, workAreas: readonly Rect[]): WindowState {
  const stored = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const largest = workAreas.reduce<Rect | undefined>(
    (best, area) => (!best || area.width * area.height > best.width * best.height ? area : best),
    undefined,
  );
  const fit = (value: unknown, fallback: number, min: number, max: number | undefined): number => {
    const wanted = isFiniteNumber(value) ? Math.round(value) : fallback;
    return Math.max(min, max === undefined ? wanted : Math.min(wanted, max));
  };
  const width = fit(stored.width, DEFAULT_WINDOW_STATE.width, MIN_WINDOW_SIZE.width, largest?.width);
  const height = fit(stored.height, DEFAULT_WINDOW_STATE.height, MIN_WINDOW_SIZE.height, largest?.height);
  const state: WindowState = { width, height, maximized: stored.maximized === true };
  if (isFiniteNumber(stored.x) && isFiniteNumber(stored.y)) {
    const titleBar: Rect = { x: Math.round(stored.x), y: Math.round(stored.y), width, height: VISIBLE_STRIP.height };
    const onScreen = workAreas.some((area) => {
      const shared = overlap(titleBar, area);
      return shared.width >= VISIBLE_STRIP.width && shared.height >= VISIBLE_STRIP.height;
    });
    if (onScreen) {
      state.x = titleBar.x;
      state.y = titleBar.y;
    }
  }
  return state;
}

/** What to store when the window moves or closes: the normal (unmaximised) bounds, and whether it was maximised. */
export function captureWindowState(normalBounds: Rect, maximized: boolean): WindowState {
  return { ...normalBounds, maximized };
}
