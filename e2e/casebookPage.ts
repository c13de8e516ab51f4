import { test as base, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { methods } from '../shared/api/contract';
import { createDispatcher } from '../main/core/api/dispatcher';
import { Workspace } from '../main/core/api/workspace';
import type { Host } from '../main/core/api/host';
import { createSampleProject } from '../main/core/sample/createSampleProject';

/** The renderer is served from this origin by route interception, like the app:// protocol in the desktop app. */
export const APP_ORIGIN = 'http://casebook.test';
const RENDERER_DIR = resolve('out/renderer');

const MIME: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.map': 'application/json',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.mjs': 'text/javascript',
};

export async function serveRenderer(page: Page): Promise<void> {
  await page.route(`${APP_ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    const rel = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname.slice(1));
    const file = resolve(RENDERER_DIR, rel);
    if (!file.startsWith(RENDERER_DIR)) return route.fulfill({ status: 403 });
    try {
      await route.fulfill({ body: readFileSync(file), contentType: MIME[extname(file)] ?? 'application/octet-stream' });
    } catch {
      await route.fulfill({ status: 404, body: 'not found' });
    }
  });
}

/**
 * Binds window.casebook to the real dispatcher over a real project file, exactly as
 * the preload does over IPC: one function per contract method, answering envelopes.
 */
export async function bindApi(page: Page, workspace: Workspace): Promise<void> {
  const dispatch = createDispatcher(workspace);
  await page.exposeBinding('__casebookInvoke', (_source, method: unknown, args: unknown) => dispatch(method, args));
  await page.addInitScript((names: string[]) => {
    const w = window as unknown as {
      __casebookInvoke(m: string, a: unknown): Promise<unknown>;
      __casebookEmit(e: unknown): void;
      casebook: Record<string, unknown>;
    };
    const listeners = new Set<(e: unknown) => void>();
    const api: Record<string, unknown> = {
      onEvent(listener: (e: unknown) => void) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
    for (const name of names) api[name] = (args: unknown) => w.__casebookInvoke(name, args);
    w.casebook = api;
    w.__casebookEmit = (event) => listeners.forEach((l) => l(event));
  }, methods as string[]);
}

/** Stands in for the desktop's dialogs and file manager, recording what the app asked of them. */
export interface TestHost extends Host {
  saved: string[];
  shown: string[];
  opened: string[];
  /** The path the next save dialog answers with; null answers as if cancelled. */
  nextSavePath: string | null;
}

function testHost(dir: string): TestHost {
  const host: TestHost = {
    saved: [],
    shown: [],
    opened: [],
    nextSavePath: null,
    chooseSavePath: async ({ defaultName }) => {
      const path = host.nextSavePath === null ? null : host.nextSavePath || join(dir, defaultName);
      if (path) host.saved.push(path);
      return path;
    },
    showInFolder: (path) => void host.shown.push(path),
    openPath: async (path) => void host.opened.push(path),
  };
  host.nextSavePath = '';
  return host;
}

export interface CasebookFixtures {
  /** The stand-in for native dialogs; by default a save dialog answers with the suggested name in tempDir. */
  host: TestHost;
  /** A temporary folder removed after the test. */
  tempDir: string;
  /** The workspace behind the page; `workspace.project` is the real open project. */
  workspace: Workspace;
  /** Path of the project the page has open (a fresh copy of the sample report). */
  projectPath: string;
  /** The renderer, loaded and connected to the real core. */
  app: Page;
}

export const test = base.extend<CasebookFixtures>({
  // eslint-disable-next-line no-empty-pattern
  tempDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'casebook-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  projectPath: async ({ tempDir }, use) => {
    const path = join(tempDir, 'sample.casebook');
    createSampleProject(path).close();
    await use(path);
  },
  host: async ({ tempDir }, use) => {
    await use(testHost(tempDir));
  },
  workspace: async ({ projectPath, host }, use) => {
    const workspace = new Workspace({}, host);
    workspace.open(projectPath);
    await use(workspace);
    workspace.close();
  },
  app: async ({ page, workspace }, use) => {
    await serveRenderer(page);
    await bindApi(page, workspace);
    await page.goto(`${APP_ORIGIN}/index.html`);
    await use(page);
  },
});

export { expect } from '@playwright/test';

/** Tells the renderer that main opened another project (what the desktop menu does). */
export async function emitEvent(page: Page, event: unknown): Promise<void> {
  await page.evaluate((e) => (window as unknown as { __casebookEmit(e: unknown): void }).__casebookEmit(e), event);
}
