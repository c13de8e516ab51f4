// Static checks over every source file of the Electron shell (Electron itself is
// not needed): the security settings of Electron's checklist hold everywhere, not
// just in the code paths a test happens to run.
import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy';
import { INVOKE_CHANNEL } from './ipcChannels';
import { secureWebPreferences } from './webPreferences';

const shellDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const repo = join(shellDir, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    // fakeElectron/ is the test stand-in for Electron, not part of the shell.
    if (entry.isDirectory()) return entry.name === 'fakeElectron' ? [] : sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

const sources = sourceFiles(shellDir).map((path) => ({
  name: relative(shellDir, path),
  // Comments may mention anything; only code counts.
  code: readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1'),
}));
const allCode = sources.map((file) => file.code).join('\n');
const source = (name: string): string => sources.find((file) => file.name === name)!.code;

/** The text of a call's parenthesised arguments, starting at the '(' after index. */
function argumentsAt(code: string, index: number): string {
  const open = code.indexOf('(', index);
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    if (code[i] === '(') depth++;
    if (code[i] === ')' && --depth === 0) return code.slice(open + 1, i);
  }
  throw new Error('unbalanced parentheses');
}

const occurrences = (code: string, pattern: RegExp): number[] => [...code.matchAll(pattern)].map((match) => match.index!);

describe('Electron shell: windows', () => {
  it('finds the shell’s sources', () => {
    expect(sources.map((file) => file.name)).toEqual(expect.arrayContaining(['main.ts', 'preload.ts', 'window.ts', 'ipc.ts']));
  });

  it('creates every BrowserWindow with the secure webPreferences', () => {
    let windows = 0;
    for (const file of sources) {
      for (const at of occurrences(file.code, /new\s+BrowserWindow\s*\(/g)) {
        windows++;
        expect(argumentsAt(file.code, at), file.name).toMatch(/webPreferences:\s*secureWebPreferences\(/);
      }
    }
    expect(windows).toBeGreaterThan(0);
    expect(allCode).not.toMatch(/\b(BrowserView|WebContentsView)\b|<webview/);
  });

  it('uses context isolation and the sandbox, without Node, anywhere', () => {
    const preferences = secureWebPreferences('/p/preload.cjs');
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/p/preload.cjs',
    });
    for (const weakened of [
      /contextIsolation\s*:\s*false/,
      /sandbox\s*:\s*false/,
      /nodeIntegration\w*\s*:\s*true/,
      /webSecurity\s*:\s*false/,
      /allowRunningInsecureContent\s*:\s*true/,
      /webviewTag\s*:\s*true/,
      /experimentalFeatures\s*:\s*true/,
      /enableBlinkFeatures/,
      /--no-sandbox|no-sandbox|disable-web-security/,
      /appendSwitch/,
    ]) {
      expect(allCode).not.toMatch(weakened);
    }
  });

  it('runs no script in the page but the no-op that passes on a menu click’s user gesture', () => {
    const scripts = [...allCode.matchAll(/executeJavaScript\(([^)]*)\)/g)].map((match) => match[1]);
    expect(scripts).toEqual(["'undefined', true"]);
    expect(allCode).not.toMatch(/executeJavaScriptInIsolatedWorld|insertCSS|\beval\(|new Function\(/);
  });

  it('loads our app:// page, never a file:// URL or a remote page', () => {
    expect(source('window.ts')).toMatch(/loadURL\(APP_ENTRY_URL\)/);
    expect(allCode).not.toMatch(/loadFile\s*\(|file:\/\/|loadURL\(\s*['"`]https?:/);
  });

  it('sends the strict Content-Security-Policy with every app:// response', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; img-src 'self' blob: data:; style-src 'self' 'unsafe-inline'; script-src 'self'; " +
        "object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'",
    );
    expect(source('protocol.ts')).toMatch(/'Content-Security-Policy':\s*CONTENT_SECURITY_POLICY/);
  });

  it('agrees with the policy index.html declares for the e2e run, if it declares one', () => {
    let html: string;
    try {
      html = readFileSync(join(repo, 'renderer', 'index.html'), 'utf8');
    } catch {
      return;
    }
    const meta = html.match(/http-equiv="Content-Security-Policy"\s+content="([^"]*)"/);
    if (meta) expect(meta[1]).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('Electron shell: navigation and links', () => {
  const navigation = source('navigation.ts');

  it('denies navigation, webviews and window.open', () => {
    const willNavigate = navigation.slice(navigation.indexOf("'will-navigate'"));
    expect(willNavigate.slice(0, willNavigate.indexOf('});'))).toMatch(/event\.preventDefault\(\)/);
    expect(navigation).toMatch(/'will-attach-webview'/);
    expect(navigation).toMatch(/setWindowOpenHandler\(/);
    expect(allCode).toMatch(/action:\s*'deny'/);
    expect(allCode).not.toMatch(/action:\s*'allow'/);
  });

  it('opens external links only after the https/mailto allowlist', () => {
    const calls = sources.flatMap((file) => occurrences(file.code, /shell\.openExternal\(/g).map((at) => ({ file, at })));
    expect(calls).toHaveLength(1);
    const { file, at } = calls[0]!;
    expect(file.name).toBe('navigation.ts');
    expect(file.code.slice(Math.max(0, at - 80), at)).toMatch(/if \(isAllowedExternalUrl\(url\)\)/);
    expect(allCode).not.toMatch(/shell\.openItem/);
  });

  it('opens and shows files only in the Host, after refusing anything but an existing regular file', () => {
    for (const call of [/shell\.openPath\(/g, /shell\.showItemInFolder\(/g]) {
      const found = sources.flatMap((file) => occurrences(file.code, call).map((at) => ({ file, at })));
      expect(found.map(({ file }) => file.name)).toEqual(['electronHost.ts']);
      const { file, at } = found[0]!;
      expect(file.code.slice(Math.max(0, at - 120), at)).toMatch(/refuse\(path\);/);
    }
    expect(source('electronHost.ts')).toMatch(/refuseToOpen\(path\)/);
  });

  it('refuses every permission request', () => {
    expect(navigation).toMatch(/setPermissionRequestHandler\([^]*callback\(false\)/);
    expect(source('main.ts')).toMatch(/denyPermissions\(\)/);
  });
});

describe('Electron shell: IPC and preload', () => {
  it('has one IPC entry point, which checks the sender before dispatching', () => {
    expect(occurrences(allCode, /ipcMain\.handle\(/g)).toHaveLength(1);
    expect(allCode).not.toMatch(/ipcMain\.(on|once|handleOnce)\(|sendSync/);
    const ipc = source('ipc.ts');
    expect(ipc).toMatch(/ipcMain\.handle\(INVOKE_CHANNEL/);
    expect(INVOKE_CHANNEL).toBe('casebook:invoke');
    const handler = ipc.slice(ipc.indexOf('ipcMain.handle('));
    expect(handler.indexOf('isTrustedSender(')).toBeGreaterThan(0);
    expect(handler.indexOf('isTrustedSender(')).toBeLessThan(handler.indexOf('route(method, args)'));
    expect(ipc).toMatch(/if \(!trusted \|\| !route\) return refused;/);
  });

  it('never hands ipcRenderer (or an Electron event) to the page', () => {
    const preload = source('preload.ts');
    const exposures = occurrences(preload, /contextBridge\.exposeInMainWorld\(/g);
    expect(exposures).toHaveLength(1);
    expect(argumentsAt(preload, exposures[0]!)).toBe("'casebook', buildBridge(invoke, subscribe)");
    // ipcRenderer appears only in its import and as the receiver of the three calls the bridge needs.
    const uses = [...preload.matchAll(/ipcRenderer\b(\.\w+)?/g)].map((match) => match[0]);
    expect(new Set(uses)).toEqual(new Set(['ipcRenderer', 'ipcRenderer.invoke', 'ipcRenderer.on', 'ipcRenderer.removeListener']));
    expect(preload.match(/\bipcRenderer\b(?!\.)/g)).toHaveLength(1);
    expect(preload).toMatch(/\(_event: IpcRendererEvent, payload: AppEvent\): void => listener\(payload\)/);
    expect(allCode).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer/);
  });
});

interface BuilderConfig {
  electronFuses: Record<string, boolean>;
  asar: boolean;
  electronVersion: string;
  files: string[];
  extraResources: { from: string; to: string }[];
  npmRebuild: boolean;
}

describe('packaging (electron-builder.yml)', () => {
  const yaml = readFileSync(join(repo, 'electron-builder.yml'), 'utf8');
  // Read with js-yaml, as electron-builder itself reads this file.
  const config = load(yaml) as BuilderConfig;

  it('is the only electron-builder configuration (package.json has no "build" key to override it)', () => {
    expect(JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'))).not.toHaveProperty('build');
  });

  it('sets the fuses: no run-as-node, NODE_OPTIONS, inspect flags or file: privileges; ASAR integrity and only-from-ASAR on', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true);
  });

  it('names only fuses electron-builder knows, so none is silently ignored', () => {
    const scheme = JSON.parse(readFileSync(join(repo, 'node_modules', 'app-builder-lib', 'scheme.json'), 'utf8'));
    const known = Object.keys(scheme.definitions.FuseOptionsV1.properties);
    expect(known).toContain('runAsNode');
    expect(known).toEqual(expect.arrayContaining(Object.keys(config.electronFuses)));
  });

  it('pins the Electron version that package-lock.json installs', () => {
    const lock = JSON.parse(readFileSync(join(repo, 'package-lock.json'), 'utf8'));
    expect(config.electronVersion).toBe(lock.packages['node_modules/electron'].version);
  });

  it('ships the bundles, the resources and the Electron build of better-sqlite3 where the shell looks', () => {
    expect(config.files).toContain('out/**');
    expect(config.extraResources).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ from: 'resources', to: 'resources' }),
        expect.objectContaining({ from: 'build/native/electron', to: 'native' }),
      ]),
    );
    expect(config.npmRebuild).toBe(false);
  });
});
