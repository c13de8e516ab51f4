// A stand-in for the 'electron' module, so the bundled shell (out/main/main.cjs) can
// run under plain Node in tests where the Electron binary cannot be installed. It
// implements only what the shell calls, records it in `fake`, and lets the test
// play the user: make the app ready, answer dialogs, click menu items.
// shell.test.ts bundles it to node_modules/electron beside the shell's bundle.
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Electron's handlers have many signatures; the fake stores them untyped and the test calls them as it knows them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Handler = (...args: any[]) => any;

export interface MenuItem {
  label?: string;
  submenu?: MenuItem[];
  click?: () => void;
}

export const fake = {
  ipcHandlers: new Map<string, Handler>(),
  protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
  privilegedSchemes: [] as { scheme: string; privileges: Record<string, boolean> }[],
  windows: [] as BrowserWindow[],
  menu: [] as MenuItem[],
  dialogAnswers: [] as unknown[],
  messages: [] as unknown[],
  externalOpened: [] as string[],
  permissionHandlers: {} as Record<'request' | 'check', Handler>,
  paths: {} as Record<string, string>,
  quitCalled: false,
};

let markReady: () => void = () => undefined;
const ready = new Promise<void>((resolve) => (markReady = resolve));
let isReady = false;

/** The test's switch for app.whenReady(). */
export function start(): void {
  isReady = true;
  markReady();
}

export const app = Object.assign(new EventEmitter(), {
  isPackaged: false,
  getAppPath: () => process.env.FAKE_ELECTRON_APP_PATH,
  getPath: (name: string) => fake.paths[name] ?? `${process.env.FAKE_ELECTRON_HOME}/${name}`,
  setPath: (name: string, path: string) => (fake.paths[name] = path),
  requestSingleInstanceLock: () => true,
  whenReady: () => ready,
  isReady: () => isReady,
  quit: () => (fake.quitCalled = true),
  addRecentDocument: () => undefined,
  clearRecentDocuments: () => undefined,
});

let nextId = 1;
export class WebContents extends EventEmitter {
  readonly id = nextId++;
  url = '';
  loading = true;
  mainFrame = { url: '' };
  sent: { channel: string; payload: unknown }[] = [];
  gestures: { code: string; userGesture?: boolean }[] = [];
  windowOpenHandler: Handler = () => undefined;

  isLoading() {
    return this.loading;
  }
  getURL() {
    return this.url;
  }
  send(channel: string, payload: unknown) {
    this.sent.push({ channel, payload });
  }
  async executeJavaScript(code: string, userGesture?: boolean) {
    this.gestures.push({ code, userGesture });
  }
  setWindowOpenHandler(handler: Handler) {
    this.windowOpenHandler = handler;
  }
}

interface WindowOptions {
  x?: number;
  y?: number;
  width: number;
  height: number;
  webPreferences: unknown;
}

export class BrowserWindow extends EventEmitter {
  readonly webContents = new WebContents();
  destroyed = false;
  title?: string;
  bounds: { x: number; y: number; width: number; height: number };

  constructor(readonly options: WindowOptions) {
    super();
    this.bounds = { x: options.x ?? 100, y: options.y ?? 100, width: options.width, height: options.height };
    fake.windows.push(this);
  }
  static getAllWindows() {
    return fake.windows.filter((window) => !window.destroyed);
  }
  loadURL(url: string) {
    this.webContents.url = url;
    this.webContents.mainFrame.url = url;
    return Promise.resolve().then(() => {
      this.webContents.loading = false;
      this.emit('ready-to-show');
    });
  }
  close() {
    if (this.destroyed) return;
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (prevented) return;
    this.destroyed = true;
    this.emit('closed');
    if (BrowserWindow.getAllWindows().length === 0) app.emit('window-all-closed');
  }
  isDestroyed() {
    return this.destroyed;
  }
  getNormalBounds() {
    return this.bounds;
  }
  setTitle(title: string) {
    this.title = title;
  }
  show() {}
  focus() {}
  restore() {}
  maximize() {}
  setRepresentedFilename() {}
  isMinimized() {
    return false;
  }
  isMaximized() {
    return false;
  }
  isFullScreen() {
    return false;
  }
}

export const ipcMain = { handle: (channel: string, handler: Handler) => fake.ipcHandlers.set(channel, handler) };

export const protocol = {
  registerSchemesAsPrivileged: (schemes: typeof fake.privilegedSchemes) => fake.privilegedSchemes.push(...schemes),
  handle: (scheme: string, handler: (request: Request) => Promise<Response>) => fake.protocolHandlers.set(scheme, handler),
};

export const net = {
  fetch: async (url: string) => new Response(readFileSync(fileURLToPath(url))),
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler: (handler: Handler) => (fake.permissionHandlers.request = handler),
    setPermissionCheckHandler: (handler: Handler) => (fake.permissionHandlers.check = handler),
  },
};

export const screen = { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] };

export const Menu = {
  buildFromTemplate: (template: MenuItem[]) => template,
  setApplicationMenu: (menu: MenuItem[]) => (fake.menu = menu),
};

export const shell = { openExternal: async (url: string) => fake.externalOpened.push(url) };

export const dialog = {
  showOpenDialog: async () => fake.dialogAnswers.shift(),
  showSaveDialog: async () => fake.dialogAnswers.shift(),
  showMessageBox: async (...args: unknown[]) => fake.messages.push(args.at(-1)),
  showErrorBox: (title: string, content: string) => fake.messages.push({ title, content }),
};
