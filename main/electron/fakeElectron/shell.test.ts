// Runs the bundled shell (out/main/main.cjs, as built by scripts/build-main.mjs)
// under Node with fakeElectron.cjs in place of the Electron binary, which cannot
// be installed here. Everything else is real: the dispatcher, the store, the
// sample report, the settings files, the app:// file server.
import type { MenuItem } from './fakeElectron';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { buildMain } from '../../../scripts/build-main.mjs';
import { SAMPLE_META } from '../../core/sample/sampleMeta';
import { Project } from '../../core/store/project';
import { CONTENT_SECURITY_POLICY } from '../common/contentSecurityPolicy';
import { secureWebPreferences } from '../common/webPreferences';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..', '..');
// Inside the checkout, like out/main, so the bundle finds node_modules as the app does.
const appDir = join(repo, 'out', `shell-check-${process.pid}`);
const require = createRequire(import.meta.url);

let electron: typeof import('./fakeElectron');
let home: string;

async function until(condition: () => boolean, what: string, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const fake = () => electron.fake;
const window = () => fake().windows[0]!;
const contents = () => window().webContents;
interface Answer {
  ok: boolean;
  value?: { path: string; meta: { title: string } };
  error?: { code: string; message: string };
}
const invoke = (method: string, args: unknown = {}, event: object = { sender: contents(), senderFrame: contents().mainFrame }) =>
  fake().ipcHandlers.get('casebook:invoke')!(event, method, args) as Promise<Answer>;
const menuItem = (label: string): MenuItem => {
  const find = (items: MenuItem[]): MenuItem | undefined =>
    items.reduce<MenuItem | undefined>((found, item) => found ?? (item.label === label ? item : find(item.submenu ?? [])), undefined);
  const item = find(fake().menu);
  if (!item) throw new Error(`no menu item ${label}`);
  return item;
};

beforeAll(async () => {
  await buildMain(join(appDir, 'out', 'main'));
  mkdirSync(join(appDir, 'out', 'renderer'), { recursive: true });
  writeFileSync(join(appDir, 'out', 'renderer', 'index.html'), '<!doctype html><div id="root"></div>');
  // Under Node the "Electron build" of the addon is Node's own: the shell passes it by path either way.
  mkdirSync(join(appDir, 'build', 'native', 'electron'), { recursive: true });
  copyFileSync(
    join(repo, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'),
    join(appDir, 'build', 'native', 'electron', 'better_sqlite3.node'),
  );
  // Found by the bundle's require('electron') before the checkout's node_modules.
  const fakeModule = join(appDir, 'node_modules', 'electron', 'index.js');
  await build({ entryPoints: [join(here, 'fakeElectron.ts')], outfile: fakeModule, bundle: true, format: 'cjs', platform: 'node', logLevel: 'warning' });

  home = mkdtempSync(join(tmpdir(), 'casebook-shell-'));
  process.env.FAKE_ELECTRON_APP_PATH = appDir;
  process.env.FAKE_ELECTRON_HOME = home;
  process.env.CASEBOOK_USER_DATA = join(home, 'userData');
  process.env.CASEBOOK_DOCUMENTS = join(home, 'Documents');
  process.env.CASEBOOK_RESOURCES = join(repo, 'resources');
  electron = require(fakeModule);
  require(join(appDir, 'out', 'main', 'main.cjs'));
  electron.start();
  await until(() => fake().windows.length === 1 && window().title !== undefined, 'the first window to open a project');
}, 120_000);

afterAll(() => {
  for (const w of fake()?.windows ?? []) w.close();
  rmSync(appDir, { recursive: true, force: true });
  rmSync(home, { recursive: true, force: true });
});

const samplePath = () => join(home, 'Documents', 'Casebook', 'Sample learning report.casebook');

describe('desktop shell under a stand-in Electron', () => {
  it('first start copies the sample report to Documents and opens it in a secure window', () => {
    expect(existsSync(samplePath())).toBe(true);
    expect(window().options.webPreferences).toEqual(secureWebPreferences(join(appDir, 'out', 'main', 'preload.cjs')));
    expect(contents().url).toBe('app://casebook/index.html');
    expect(window().title).toBe('Sample learning report — Casebook');
    expect(fake().privilegedSchemes).toEqual([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
  });

  it('answers API calls from its own page with the open project, and refuses any other sender', async () => {
    const current = await invoke('currentProject');
    expect(current.ok).toBe(true);
    expect(current.value!.meta.title).toBe(SAMPLE_META.title);
    const refused = { ok: false, error: { code: 'bad-request', message: expect.stringContaining('own window') } };
    expect(await invoke('currentProject', {}, { sender: contents(), senderFrame: { url: contents().mainFrame.url } })).toEqual(refused);
    expect(await invoke('currentProject', {}, { sender: { id: -1 }, senderFrame: contents().mainFrame })).toEqual(refused);
    contents().mainFrame.url = 'https://example.org/';
    expect(await invoke('currentProject')).toEqual(refused);
    contents().mainFrame.url = contents().url;
    expect(await invoke('notACall')).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('answers bad arguments from its own page with a validation error naming the call and the field', async () => {
    for (const [method, args, field] of [
      ['getSection', { id: 42 }, 'id'],
      ['getSection', { id: '00000000-0000-4000-8000-000000000000', extra: true }, 'extra'],
      ['listSections', 'not an object', 'arguments'],
    ] as const) {
      expect(await invoke(method, args)).toEqual({
        ok: false,
        error: { code: 'bad-request', message: expect.stringMatching(new RegExp(`^Invalid arguments for ${method}:.*${field}`)) },
      });
    }
  });

  it('serves the renderer over app:// with the Content-Security-Policy', async () => {
    const serve = fake().protocolHandlers.get('app')!;
    const page = await serve(new Request('app://casebook/'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain('<div id="root">');
    expect((await serve(new Request('app://casebook/assets/missing.js'))).status).toBe(404);
    expect((await serve(new Request('app://elsewhere/index.html'))).status).toBe(404);
  });

  it('denies navigation, new windows and permissions; hands only https and mailto links to the system', () => {
    expect(contents().windowOpenHandler({ url: 'https://www.hssib.org.uk/' })).toEqual({ action: 'deny' });
    expect(contents().windowOpenHandler({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    let prevented = false;
    contents().emit('will-navigate', { preventDefault: () => (prevented = true) }, 'mailto:reports@example.nhs.uk');
    expect(prevented).toBe(true);
    expect(fake().externalOpened).toEqual(['https://www.hssib.org.uk/', 'mailto:reports@example.nhs.uk']);
    let granted: boolean | undefined;
    fake().permissionHandlers.request(contents(), 'media', (allow: boolean) => (granted = allow));
    expect(granted).toBe(false);
  });

  it('never hands file:, javascript:, http: or other schemes to the system, and keeps the page on app://', () => {
    const before = [...fake().externalOpened];
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'http://example.org/', 'ms-msdt:/id', 'https://user:pw@example.org/', 'not a url']) {
      expect(contents().windowOpenHandler({ url }), url).toEqual({ action: 'deny' });
      let prevented = false;
      contents().emit('will-navigate', { preventDefault: () => (prevented = true) }, url);
      expect(prevented, url).toBe(true);
    }
    expect(fake().externalOpened).toEqual(before);
    const redirect = (url: string) => {
      let prevented = false;
      contents().emit('will-redirect', { preventDefault: () => (prevented = true) }, url);
      return prevented;
    };
    expect(redirect('https://example.org/')).toBe(true);
    expect(redirect('app://casebook/index.html')).toBe(false);
    let webviewPrevented = false;
    contents().emit('will-attach-webview', { preventDefault: () => (webviewPrevented = true) });
    expect(webviewPrevented).toBe(true);
    expect(fake().permissionHandlers.check(contents(), 'clipboard-read')).toBe(false);
  });

  it('Save As writes a copy, flushing the editor first, and the window goes on with the copy', async () => {
    const copy = join(home, 'Review copy');
    fake().dialogAnswers.push({ canceled: false, filePath: copy });
    contents().sent.length = 0;
    menuItem('Save As…').click!();
    await until(() => window().title === 'Review copy — Casebook', 'the copy to open');
    expect(contents().sent.map((message) => message.payload)).toEqual([
      { type: 'menu', command: 'flush' },
      { type: 'project-opened' },
    ]);
    expect((await invoke('currentProject')).value!.path).toBe(`${copy}.casebook`);
    const recent = JSON.parse(readFileSync(join(home, 'userData', 'recent-projects.json'), 'utf8'));
    expect(recent.projects).toEqual([`${copy}.casebook`, samplePath()]);
  });

  it('File ▸ New creates an empty project; Open Recent goes back to the sample', async () => {
    fake().dialogAnswers.push({ canceled: false, filePath: join(home, 'Falls.casebook') });
    menuItem('New Project…').click!();
    await until(() => window().title === 'Falls — Casebook', 'the new project to open');
    expect((await invoke('currentProject')).value!.meta.title).toBe('Untitled report');
    expect(menuItem('Open Recent').submenu!.map((item) => item.label)).toEqual([
      'Falls',
      'Review copy',
      'Sample learning report',
      undefined,
      'Clear Recent',
    ]);
    menuItem('Sample learning report').click!();
    await until(() => window().title === 'Sample learning report — Casebook', 'the sample to reopen');
  });

  it('passes menu commands to the page with the user gesture the menu click was', async () => {
    contents().sent.length = 0;
    menuItem('Import…').click!();
    await until(() => contents().sent.length === 1, 'the command to arrive');
    expect(contents().gestures.at(-1)).toEqual({ code: 'undefined', userGesture: true });
    expect(contents().sent[0]).toEqual({ channel: 'casebook:event', payload: { type: 'menu', command: 'import' } });
  });

  it('an unreadable file is reported and the open project stays open', async () => {
    const junk = join(home, 'junk.casebook');
    writeFileSync(junk, 'not a database');
    fake().dialogAnswers.push({ canceled: false, filePaths: [junk] });
    menuItem('Open…').click!();
    await until(() => fake().messages.length === 1, 'the problem to be shown');
    expect(fake().messages[0]).toMatchObject({ type: 'error', detail: expect.stringContaining('not a Casebook project') });
    expect((await invoke('currentProject')).value!.path).toBe(samplePath());
  });

  it('closing flushes, remembers the window’s size and releases the project', async () => {
    window().bounds = { x: 40, y: 50, width: 1100, height: 720 };
    contents().sent.length = 0;
    window().close();
    window().close(); // an impatient second click while the first waits
    expect(window().destroyed).toBe(false); // held open while the renderer flushes
    await until(() => window().destroyed, 'the window to close');
    expect(contents().sent.map((message) => message.payload)).toEqual([{ type: 'menu', command: 'flush' }]);
    const state = JSON.parse(readFileSync(join(home, 'userData', 'window-state.json'), 'utf8'));
    expect(state).toEqual({ x: 40, y: 50, width: 1100, height: 720, maximized: false });
    const reopened = Project.open(samplePath());
    reopened.close();
    if (process.platform !== 'darwin') expect(fake().quitCalled).toBe(true);
  });
});
