// The desktop app itself: launch Electron on the built app, see the window open
// and the sample report's outline, as on a user's first start. Runs where the
// Electron binary is installed; elsewhere it is skipped with the reason.
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SAMPLE_META } from '../main/core/sample/sampleMeta';

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
const skipReason = binary.missing ?? (noDisplay ? 'there is no display to open a window on (run under xvfb-run)' : undefined);
if (skipReason) console.log(`Electron smoke test skipped: ${skipReason}.`);

test.describe('desktop app', () => {
  test.skip(skipReason !== undefined, `Electron smoke test skipped: ${skipReason}`);

  let app: ElectronApplication;
  let profile: string;

  test.beforeAll(() => {
    // Compiling the addon against Electron's headers can take minutes on a first run.
    test.setTimeout(600_000);
    // test:e2e builds the renderer; the main bundle and the Electron addon are built here.
    if (!existsSync(join(repo, 'out', 'renderer', 'index.html'))) throw new Error('Build the renderer first (vite build).');
    execFileSync(process.execPath, ['scripts/build-main.mjs'], { cwd: repo, stdio: 'inherit' });
    execFileSync(process.execPath, ['scripts/electron-native.mjs'], { cwd: repo, stdio: 'inherit' });
  });

  test.beforeEach(async () => {
    profile = mkdtempSync(join(tmpdir(), 'casebook-electron-'));
    app = await electron.launch({
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
  });

  test.afterEach(async () => {
    await app?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  test('first start opens a window showing the sample report copied into Documents', async () => {
    const window = await app.firstWindow();
    await expect(window.getByTestId('report-title')).toHaveText(SAMPLE_META.title!);
    await expect(window.getByRole('treeitem').first()).toBeVisible();
    expect(window.url()).toMatch(/^app:\/\/casebook\//);
    expect(existsSync(join(profile, 'Documents', 'Casebook', 'Sample learning report.casebook'))).toBe(true);
  });

  test('the page has the bridge but no Node or Electron', async () => {
    const window = await app.firstWindow();
    await expect(window.getByTestId('report-title')).toBeVisible();
    const globals = await window.evaluate(() => ({
      bridge: typeof (window as unknown as { casebook?: unknown }).casebook,
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
    }));
    expect(globals).toEqual({ bridge: 'object', require: 'undefined', process: 'undefined' });
  });
});
