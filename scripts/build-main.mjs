// Bundles the Electron main process and preload into CommonJS files in out/main/:
//   main/electron/main.ts    -> out/main/main.cjs     (package.json "main")
//   main/electron/preload.ts -> out/main/preload.cjs  (runs sandboxed: may require only 'electron')
// Usage: node scripts/build-main.mjs [--out DIR]
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// Loaded at run time from node_modules: Electron itself, better-sqlite3, whose
// native addon is chosen at run time (the Electron build, through nativeBinding),
// and sharp, whose N-API addon and libvips come from its @img/sharp-<platform> package.
const MAIN_EXTERNALS = ['electron', 'better-sqlite3', 'sharp'];

// main/core is ESM and uses import.meta.url (createRequire, locating resources/).
// In a CommonJS bundle import.meta is empty, so it is replaced by the bundle's own
// URL (and import.meta.dirname/filename by the bundle's own folder and file).
const IMPORT_META_URL_SHIM = 'const __importMetaUrl = require("node:url").pathToFileURL(__filename).href;';

/** The contract's method names, read by bundling and running shared/api/contract.ts once at build time. */
async function contractMethods() {
  const result = await build({
    entryPoints: [join(root, 'shared/api/contract.ts')],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', result.outputFiles[0].text)(module, module.exports, createRequire(import.meta.url));
  return module.exports.methods;
}

/**
 * The preload needs only the names of the calls, not their zod schemas (about
 * 750 kB that would otherwise run in every window before the page): its import of
 * the contract is replaced by the list of names, so both come from one source.
 */
function contractNamesOnly(methods) {
  return {
    name: 'contract-names-only',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /\/shared\/api\/contract$/ }, () => ({ path: 'contract', namespace: 'contract-names' }));
      pluginBuild.onLoad({ filter: /.*/, namespace: 'contract-names' }, () => ({
        contents: `export const methods = ${JSON.stringify(methods)};`,
        loader: 'js',
      }));
    },
  };
}

/** esbuild options for a main-process bundle: Node target, CommonJS, import.meta.url shimmed. */
export function mainBundleOptions(entry, outfile) {
  return {
    bundle: true,
    format: 'cjs',
    sourcemap: 'linked',
    logLevel: 'warning',
    absWorkingDir: root,
    entryPoints: [entry],
    outfile,
    platform: 'node',
    target: 'node22',
    external: MAIN_EXTERNALS,
    define: { 'import.meta.url': '__importMetaUrl', 'import.meta.dirname': '__dirname', 'import.meta.filename': '__filename' },
    banner: { js: IMPORT_META_URL_SHIM },
  };
}

export async function buildMain(outDir = join(root, 'out', 'main')) {
  const main = join(outDir, 'main.cjs');
  const preload = join(outDir, 'preload.cjs');
  await Promise.all([
    build(mainBundleOptions(join(root, 'main/electron/main.ts'), main)),
    build({
      bundle: true,
      format: 'cjs',
      sourcemap: 'linked',
      logLevel: 'warning',
      absWorkingDir: root,
      entryPoints: [join(root, 'main/electron/preload.ts')],
      outfile: preload,
      // Sandboxed preloads run in the renderer and may require nothing but 'electron'.
      platform: 'browser',
      target: 'chrome140',
      external: ['electron'],
      plugins: [contractNamesOnly(await contractMethods())],
    }),
  ]);
  return { main, preload };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const outIndex = process.argv.indexOf('--out');
  const outDir = outIndex > 0 ? resolve(process.argv[outIndex + 1]) : undefined;
  buildMain(outDir).then(
    (files) => console.log(`Built ${files.main} and ${files.preload}`),
    (error) => {
      console.error(`Building the main process failed: ${error.message}`);
      process.exit(1);
    },
  );
}
