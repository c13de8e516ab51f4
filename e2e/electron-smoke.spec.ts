// The desktop app itself: launch Electron on the built app, see the window open
// and the sample report's outline, as on a user's first start. Runs where the
// Electron binary is installed; elsewhere it is skipped with the reason.
import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE_META } from '../main/core/sample/sampleMeta';
import { describeDesktopApp } from './electron-app';

describeDesktopApp('desktop app', (desktop) => {
  test('first start opens a window showing the sample report copied into Documents', async () => {
    const window = await desktop().app.firstWindow();
    await expect(window.getByTestId('report-title')).toHaveText(SAMPLE_META.title!);
    await expect(window.getByRole('treeitem').first()).toBeVisible();
    expect(window.url()).toMatch(/^app:\/\/casebook\//);
    expect(existsSync(join(desktop().profile, 'Documents', 'Casebook', 'Sample learning report.casebook'))).toBe(true);
  });

  test('the page has the bridge but no Node or Electron', async () => {
    const window = await desktop().app.firstWindow();
    await expect(window.getByTestId('report-title')).toBeVisible();
    const globals = await window.evaluate(() => ({
      bridge: typeof (window as unknown as { casebook?: unknown }).casebook,
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
    }));
    expect(globals).toEqual({ bridge: 'object', require: 'undefined', process: 'undefined' });
  });
});
