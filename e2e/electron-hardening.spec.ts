// The desktop app's defences, tried live against the real Electron window: the
// Content-Security-Policy is sent and enforced, the page cannot leave app:// or open
// windows, links reach the system only for https and mailto, and the one IPC handler
// refuses bad arguments and every sender but our own main frame. Runs where the
// Electron binary is installed; elsewhere it is skipped with the reason (the same
// checks run against a stand-in Electron in main/electron/fakeElectron/shell.test.ts).
import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { methods } from '../shared/api/contract';
import type { Envelope } from '../shared/api/envelope';
import { CONTENT_SECURITY_POLICY } from '../main/electron/common/contentSecurityPolicy';
import { INVOKE_CHANNEL } from '../main/electron/common/ipcChannels';
import { describeDesktopApp } from './electron-app';

type Bridge = Record<string, (args?: unknown) => Promise<Envelope<unknown>>>;

/** Replaces shell.openExternal in the main process with a recorder, so no browser or mail program starts. */
async function recordExternalOpens(app: ElectronApplication): Promise<void> {
  await app.evaluate(({ shell }) => {
    const opened: string[] = [];
    (globalThis as { casebookOpened?: string[] }).casebookOpened = opened;
    shell.openExternal = async (url: string) => {
      opened.push(url);
    };
  });
}

const externalOpens = (app: ElectronApplication): Promise<string[]> =>
  app.evaluate(() => [...((globalThis as { casebookOpened?: string[] }).casebookOpened ?? [])]);

/** Puts a link on top of the page and clicks it as a user would (a real click, with its user gesture). */
async function clickLink(page: Page, href: string, target = ''): Promise<void> {
  await page.evaluate(
    ({ href, target }) => {
      document.getElementById('hardening-link')?.remove();
      const link = document.createElement('a');
      link.id = 'hardening-link';
      link.href = href;
      link.target = target;
      link.textContent = 'a link';
      link.style.cssText = 'position:fixed;top:0;left:0;z-index:2147483647;background:#fff;padding:8px';
      document.body.append(link);
    },
    { href, target },
  );
  await page.locator('#hardening-link').click();
}

/** Calls window.open(url) from a real click (popups need a user gesture) and answers whether it returned null. */
async function windowOpenReturnsNull(page: Page, url: string): Promise<boolean> {
  await page.evaluate((url) => {
    document.getElementById('hardening-open')?.remove();
    const button = document.createElement('button');
    button.id = 'hardening-open';
    button.textContent = 'open';
    button.style.cssText = 'position:fixed;top:0;left:0;z-index:2147483647';
    button.addEventListener('click', () => {
      button.dataset.isNull = String(window.open(url) === null);
    });
    document.body.append(button);
  }, url);
  await page.locator('#hardening-open').click();
  return (await page.locator('#hardening-open').getAttribute('data-is-null')) === 'true';
}

type Sender = 'our main frame' | 'a child frame of our page' | 'a window that is not ours';

/**
 * Calls the IPC handler in the main process as Electron does for a message from the
 * given sender. ipcMain.handle keeps its handlers in ipcMain._invokeHandlers (Electron's
 * lib/browser/ipc-main-impl.ts) and answers through event._reply; a made-up event is
 * the only way to send from a frame the page's CSP will not let exist.
 */
async function invokeAs(app: ElectronApplication, sender: Sender): Promise<Envelope<unknown>> {
  return (await app.evaluate(
    async ({ BrowserWindow, ipcMain }, { channel, sender }) => {
      type Handler = (event: object, method: string, args: unknown) => void;
      const handler = (ipcMain as unknown as { _invokeHandlers: Map<string, Handler> })._invokeHandlers.get(channel);
      if (!handler) throw new Error(`no handler for ${channel}`);
      const ours = BrowserWindow.getAllWindows()[0]!.webContents;
      let contents: object = ours;
      let frame: object = ours.mainFrame;
      let stranger: InstanceType<typeof BrowserWindow> | undefined;
      if (sender === 'a child frame of our page') {
        // The test's srcdoc frame: a real subframe of our page, on our own origin (a stand-in if it is gone).
        frame = ours.mainFrame.framesInSubtree.find((candidate: { url: string }) => candidate.url === 'about:srcdoc') ?? {
          url: ours.mainFrame.url,
          parent: ours.mainFrame,
        };
      } else if (sender === 'a window that is not ours') {
        // Even showing our own page, a window the shell did not make is not one of ours.
        stranger = new BrowserWindow({ show: false });
        await stranger.loadURL(ours.getURL());
        contents = stranger.webContents;
        frame = stranger.webContents.mainFrame;
      }
      try {
        return await new Promise((resolve, reject) =>
          handler({ sender: contents, senderFrame: frame, _reply: resolve, _throw: reject }, 'currentProject', {}),
        );
      } finally {
        stranger?.destroy();
      }
    },
    { channel: INVOKE_CHANNEL, sender },
  )) as Envelope<unknown>;
}

describeDesktopApp('desktop app hardening', (desktop) => {
  let app: ElectronApplication;
  let page: Page;
  let appUrl: string;

  test.beforeEach(async () => {
    app = desktop().app;
    page = await app.firstWindow();
    await expect(page.getByTestId('report-title')).toBeVisible();
    appUrl = page.url();
    expect(appUrl).toMatch(/^app:\/\/casebook\//);
    await recordExternalOpens(app);
  });

  test('the page is served with the strict Content-Security-Policy, and the policy is enforced', async () => {
    const policy = await page.evaluate(async () => ({
      header: (await fetch(location.href)).headers.get('content-security-policy'),
      meta: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? null,
    }));
    expect(policy).toEqual({ header: CONTENT_SECURITY_POLICY, meta: CONTENT_SECURITY_POLICY });

    const enforced = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => violations.push(event.effectiveDirective));
      const inline = document.createElement('script');
      inline.textContent = 'document.body.dataset.inlineScript = "ran"';
      document.body.append(inline);
      const remote = document.createElement('script');
      remote.src = 'https://example.org/payload.js';
      document.body.append(remote);
      await new Promise((resolve) => setTimeout(resolve, 500));
      return { inlineRan: document.body.dataset.inlineScript === 'ran', violations };
    });
    expect(enforced.inlineRan).toBe(false);
    expect(enforced.violations).toContain('script-src-elem');
  });

  test('the page cannot navigate away: location.href and followed links leave the window on app://', async () => {
    await page.evaluate(() => {
      location.href = 'https://example.com/';
    });
    // Navigation is refused; an https page goes to the system browser instead.
    await expect.poll(() => externalOpens(app)).toEqual(['https://example.com/']);
    await clickLink(page, 'https://www.hssib.org.uk/');
    await expect.poll(() => externalOpens(app)).toEqual(['https://example.com/', 'https://www.hssib.org.uk/']);
    expect(page.url()).toBe(appUrl);
    await expect(page.getByTestId('report-title')).toBeVisible();
  });

  test('window.open returns null and opens no window; only an https page goes to the system browser', async () => {
    for (const url of ['file:///etc/passwd', 'about:blank', 'javascript:document.title="opened"', 'app://casebook/index.html']) {
      expect(await windowOpenReturnsNull(page, url), url).toBe(true);
    }
    expect(await windowOpenReturnsNull(page, 'https://example.org/')).toBe(true);
    await expect.poll(() => externalOpens(app)).toEqual(['https://example.org/']);
    expect(app.windows()).toHaveLength(1);
    expect(page.url()).toBe(appUrl);
  });

  test('links reach shell.openExternal only for https and mailto; file:, javascript:, http: and other schemes are refused', async () => {
    for (const href of ['file:///etc/passwd', 'javascript:document.body.dataset.hijacked="yes"', 'http://example.org/', 'ms-msdt:/id%20PCWDiagnostic']) {
      await clickLink(page, href);
    }
    await clickLink(page, 'https://www.hssib.org.uk/', '_blank');
    await clickLink(page, 'mailto:reports@example.nhs.uk');
    // Main handles the clicks in order, so once the last allowed link has arrived the refused ones have been decided.
    await expect.poll(() => externalOpens(app)).toEqual(['https://www.hssib.org.uk/', 'mailto:reports@example.nhs.uk']);
    expect(await page.evaluate(() => document.body.dataset.hijacked ?? null)).toBeNull();
    expect(app.windows()).toHaveLength(1);
    expect(page.url()).toBe(appUrl);
  });

  test('the bridge offers exactly the contract’s calls, and bad arguments come back as a validation error', async () => {
    const names = await page.evaluate(() => Object.keys((window as unknown as { casebook: object }).casebook).sort());
    expect(names).toEqual([...methods, 'onEvent'].sort());

    const answers = await page.evaluate(async () => {
      const api = (window as unknown as { casebook: Bridge }).casebook;
      return Promise.all([api.getSection!({ id: 42 }), api.getSection!({ id: '00000000-0000-4000-8000-000000000000', extra: true }), api.listSections!('not an object')]);
    });
    for (const [answer, call] of [
      [answers[0], 'getSection'],
      [answers[1], 'getSection'],
      [answers[2], 'listSections'],
    ] as const) {
      expect(answer).toEqual({ ok: false, error: { code: 'bad-request', message: expect.stringContaining(`Invalid arguments for ${call}`) } });
    }
    const listenerRefused = await page.evaluate(() => {
      try {
        (window as unknown as { casebook: { onEvent(listener: unknown): void } }).casebook.onEvent('not a function');
        return null;
      } catch (error) {
        return (error as Error).message;
      }
    });
    expect(listenerRefused).toContain('onEvent needs a function');
  });

  test('no frame can load into the page, and a message from anything but our main frame is refused', async () => {
    const framed = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => violations.push(event.effectiveDirective));
      const addFrame = (configure: (frame: HTMLIFrameElement) => void) =>
        new Promise<void>((resolve) => {
          const frame = document.createElement('iframe');
          configure(frame);
          frame.addEventListener('load', () => resolve());
          setTimeout(resolve, 2000);
          document.body.append(frame);
        });
      await addFrame((frame) => (frame.src = 'data:text/html,<p>data frame</p>'));
      await addFrame((frame) => (frame.src = 'https://example.org/'));
      // Same-origin, so only the inherited CSP stops its script from reaching the parent's bridge.
      await addFrame((frame) => (frame.srcdoc = '<script>parent.document.body.dataset.framed = "ran"</script>'));
      return { violations, scriptRan: document.body.dataset.framed === 'ran' };
    });
    expect(framed.violations).toContain('frame-src');
    expect(framed.scriptRan).toBe(false);
    expect(page.frames().map((frame) => frame.url())).not.toContainEqual(expect.stringMatching(/^(data|https?):/));

    const ok = await invokeAs(app, 'our main frame');
    expect(ok).toMatchObject({ ok: true, value: { path: expect.stringContaining('Sample learning report.casebook') } });
    const refused = { ok: false, error: { code: 'bad-request', message: expect.stringContaining('own window') } };
    expect(await invokeAs(app, 'a child frame of our page')).toEqual(refused);
    expect(await invokeAs(app, 'a window that is not ours')).toEqual(refused);
  });
});
