// Launching the desktop app itself for the Electron specs: finding the binary (or
// why there is none), building the main bundle and its addon, and starting
// Electron on a throwaway profile so a run never touches a real one.
import { _electron as electron, test, type ElectronApplication } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve('.');

/** The Electron executable, or why there is none. */
function electronBinary(): { path?: string; missing?: string } {
  try {
    const path = createRequire(join(repo, 'package.json'))('electron') as unknown;
    if (typeof path === 'string' && existsSync(path)) return { path };
    return { missing: `the Electron binary is missing (${String(path)})` };
  } catch (error) {
    return { missing: `the Electron binary is not installed (${(error as Error).message.split('\n')[0]})` };
  }
}

const binary = electronBinary();
const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

/** Why the desktop app cannot be launched here, or undefined when it can. */
export const electronSkipReason: string | undefined =
  binary.missing ?? (noDisplay ? 'there is no display to open a window on (run under xvfb-run)' : undefined);

/**
 * Builds what the renderer build (vite build, run by test:e2e) leaves out: the main
 * bundle and the Electron build of better-sqlite3.
 */
function buildDesktopApp(): void {
  if (!existsSync(join(repo, 'out', 'renderer', 'index.html'))) throw new Error('Build the renderer first (vite build).');
  execFileSync(process.execPath, ['scripts/build-main.mjs'], { cwd: repo, stdio: 'inherit' });
  execFileSync(process.execPath, ['scripts/electron-native.mjs'], { cwd: repo, stdio: 'inherit' });
}

export interface DesktopApp {
  app: ElectronApplication;
  /** The throwaway profile: userData and Documents live under it. */
  profile: string;
  close(): Promise<void>;
}

/** Starts Casebook as a user would (it opens the sample report on first start), on a fresh profile. */
async function launchDesktopApp(): Promise<DesktopApp> {
  if (!binary.path) throw new Error(`Cannot launch Electron: ${electronSkipReason}.`);
  const profile = mkdtempSync(join(tmpdir(), 'casebook-electron-'));
  const app = await electron.launch({
    executablePath: binary.path,
    // Chromium refuses to run as root without this; it does not change the renderer's own sandbox setting.
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), repo],
    cwd: repo,
    env: {
      ...process.env,
      CASEBOOK_USER_DATA: join(profile, 'userData'),
      CASEBOOK_DOCUMENTS: join(profile, 'Documents'),
    },
  });
  return {
    app,
    profile,
    close: async () => {
      await app.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * A group of tests of the desktop app: built once, launched afresh for each test and closed
 * after it. Where Electron cannot run, the group is skipped and says why.
 *
 * @param body declares the tests; `desktop()` is the app of the test that is running.
 */
export function describeDesktopApp(title: string, body: (desktop: () => DesktopApp) => void): void {
  if (electronSkipReason) console.log(`${title}: skipped, ${electronSkipReason}.`);
  test.describe(title, () => {
    test.skip(electronSkipReason !== undefined, `${title}: skipped, ${electronSkipReason}`);
    let running: DesktopApp | undefined;

    test.beforeAll(() => {
      // Compiling the addon against Electron's headers can take minutes on a first run.
      test.setTimeout(600_000);
      buildDesktopApp();
    });
    test.beforeEach(async () => {
      running = await launchDesktopApp();
    });
    test.afterEach(async () => {
      await running?.close();
      running = undefined;
    });

    body(() => {
      if (!running) throw new Error('The desktop app is not running.');
      return running;
    });
  });
}
