// Builds better-sqlite3's native addon for Electron's ABI into build/native/electron/,
// leaving node_modules/better-sqlite3 (Node's ABI, used by the tests) untouched.
// The app passes the result to better-sqlite3 as its nativeBinding option.
// Skips the work when the existing build was made for the same Electron and
// better-sqlite3 versions. Usage: node scripts/electron-native.mjs
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const outDir = join(root, 'build', 'native', 'electron');
export const nativeBindingPath = join(outDir, 'better_sqlite3.node');
const stampPath = join(outDir, 'stamp.json');

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** The installed Electron's version, or (where the optional package is absent) the one electron-builder.yml pins. */
export function electronVersion() {
  const installed = join(root, 'node_modules', 'electron', 'package.json');
  if (existsSync(installed)) return readJson(installed).version;
  const pinned = readFileSync(join(root, 'electron-builder.yml'), 'utf8').match(/^electronVersion:\s*['"]?([\d.]+)/m);
  if (!pinned) throw new Error('electron is not installed and electron-builder.yml has no electronVersion.');
  return pinned[1];
}

const NETWORK_FAILURE = /network connectivity|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|socket hang up/;

/** The lines of a failed tool's output that say why, without its stack trace and environment dump. */
function reason(output) {
  const lines = output
    .split('\n')
    .filter((line) => /ERR!|error/i.test(line))
    .filter((line) => !/ERR! (stack\s+at |System |command |cwd |node -v|node-gyp -v|not ok)/.test(line))
    .map((line) => line.replace(/^gyp ERR! (stack )?/, '').trim());
  return lines.slice(0, 4).join(' ') || output.trim().split('\n').pop() || 'no output';
}

function run(command, args, cwd, timeoutMs) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = timeoutMs ? setTimeout(() => child.kill(), timeoutMs) : undefined;
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolvePromise(output);
      else reject(Object.assign(new Error(reason(output)), { network: NETWORK_FAILURE.test(output) }));
    });
  });
}

/** Fetches better-sqlite3's prebuilt Electron addon, or compiles it against Electron's headers. */
async function buildAddon(workDir, target) {
  const runtime = ['--runtime=electron', `--target=${target}`, `--arch=${process.arch}`];
  try {
    const prebuild = require.resolve('prebuild-install/bin.js', { paths: [join(root, 'node_modules', 'better-sqlite3')] });
    await run(process.execPath, [prebuild, ...runtime, `--platform=${process.platform}`], workDir, 120_000);
    return;
  } catch (error) {
    console.log(`No prebuilt addon for Electron ${target} (${error.message}); compiling it.`);
  }
  const nodeGyp = require.resolve('node-gyp/bin/node-gyp.js');
  await run(process.execPath, [nodeGyp, 'rebuild', '--release', ...runtime, '--dist-url=https://electronjs.org/headers'], workDir);
}

export async function ensureElectronAddon() {
  const target = electronVersion();
  const sqliteVersion = readJson(join(root, 'node_modules', 'better-sqlite3', 'package.json')).version;
  const wanted = { electron: target, betterSqlite3: sqliteVersion, platform: process.platform, arch: process.arch };
  if (existsSync(nativeBindingPath) && existsSync(stampPath)) {
    const stamp = readJson(stampPath);
    if (Object.entries(wanted).every(([key, value]) => stamp[key] === value)) return { path: nativeBindingPath, built: false };
  }
  const workDir = mkdtempSync(join(tmpdir(), 'casebook-native-'));
  try {
    // A private copy, so Node's build in node_modules/better-sqlite3/build is never replaced.
    cpSync(join(root, 'node_modules', 'better-sqlite3'), workDir, {
      recursive: true,
      filter: (source) => !/[/\\]better-sqlite3[/\\](build|node_modules)([/\\]|$)/.test(source),
    });
    try {
      await buildAddon(workDir, target);
    } catch (error) {
      const why = error.network
        ? 'Electron’s headers (electronjs.org) and better-sqlite3’s prebuilt addons (GitHub) cannot be downloaded from this machine.'
        : `The compile failed: ${error.message}`;
      throw new Error(
        `Could not build better-sqlite3 ${sqliteVersion} for Electron ${target}. ${why} ` +
          'Node’s own build, used by `npm test`, is unaffected.',
        { cause: error },
      );
    }
    mkdirSync(outDir, { recursive: true });
    cpSync(join(workDir, 'build', 'Release', 'better_sqlite3.node'), nativeBindingPath);
    writeFileSync(stampPath, `${JSON.stringify(wanted, null, 2)}\n`);
    return { path: nativeBindingPath, built: true };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  ensureElectronAddon().then(
    ({ path, built }) => console.log(built ? `Built ${path}` : `${path} is up to date.`),
    (error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
