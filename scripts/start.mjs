// npm start: builds what is out of date and runs the desktop app.
//   1. the renderer (vite build -> out/renderer), unless it is newer than its sources
//   2. the main process and preload (scripts/build-main.mjs -> out/main)
//   3. better-sqlite3 for Electron's ABI (scripts/electron-native.mjs -> build/native/electron)
//   4. electron . [arguments]  (a .casebook path among them is opened)
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildMain } from './build-main.mjs';
import { ensureElectronAddon } from './electron-native.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));

/** The Electron executable, or a sentence saying why there is none. */
function findElectron() {
  let binary;
  try {
    // Read where the package's install step put the binary (dist/ + path.txt, as the package's own
    // index does) rather than loading the package: the launcher runs in Node, outside the app's layers.
    const packageDir = dirname(require.resolve('electron/package.json'));
    binary = join(packageDir, 'dist', readFileSync(join(packageDir, 'path.txt'), 'utf8').trim());
  } catch (error) {
    const missingPackage = error.code === 'MODULE_NOT_FOUND';
    const missingBinary = error.code === 'ENOENT';
    return {
      problem: missingPackage
        ? 'The Electron binary is not installed: electron is an optional dependency and its download did not happen on this machine.'
        : missingBinary
          ? 'The Electron package is installed but its binary download did not finish; run npm install again with internet access.'
          : `The Electron package could not be read (${error.message.split('\n')[0]}).`,
    };
  }
  if (typeof binary !== 'string' || !existsSync(binary)) return { problem: `The Electron binary is missing (${binary}).` };
  return { binary };
}

function newestChange(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function rendererUpToDate() {
  const built = join(root, 'out', 'renderer', 'index.html');
  if (!existsSync(built)) return false;
  const sources = Math.max(newestChange(join(root, 'renderer')), newestChange(join(root, 'shared')), statSync(join(root, 'vite.config.ts')).mtimeMs);
  return statSync(built).mtimeMs > sources;
}

async function buildRenderer() {
  const { build } = await import('vite');
  process.chdir(root); // vite.config.ts names the renderer folder relative to the working directory
  await build({ configFile: join(root, 'vite.config.ts') });
}

function run(command, args) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
    child.on('error', reject);
    child.on('close', (code, signal) => resolvePromise(code ?? (signal ? 1 : 0)));
  });
}

async function start() {
  const electron = findElectron();
  if (electron.problem) {
    console.error(
      `${electron.problem}\n` +
        'Install it where Electron’s download server is reachable (npm install), then run npm start again.\n' +
        'Everything else works without it: npm test, npm run casebook, and the e2e tests in Chromium.',
    );
    return 1;
  }
  if (rendererUpToDate()) console.log('Renderer is up to date (out/renderer).');
  else await buildRenderer();
  await buildMain();
  const addon = await ensureElectronAddon();
  if (addon.built) console.log(`Built ${addon.path}`);
  return run(electron.binary, ['.', ...process.argv.slice(2)]);
}

start().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error.message);
    process.exit(1);
  },
);
