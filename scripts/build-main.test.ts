import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methods } from '../shared/api/contract';
import { buildMain, mainBundleOptions } from './build-main.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
// Inside the checkout, as out/main is, so the bundles resolve node_modules the way the app does.
const outDir = join(repo, 'out', `build-check-${process.pid}`);
let bundles: { main: string; preload: string };

/** Modules a bundle loads at run time: required, or imported on demand (sharp is). */
const requires = (code: string): Set<string> => new Set([...code.matchAll(/(?:require|import)\("([^"]+)"\)/g)].map((match) => match[1]!));

beforeAll(async () => {
  mkdirSync(outDir, { recursive: true });
  bundles = await buildMain(outDir);
}, 120_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('main-process build (scripts/build-main.mjs)', () => {
  it('bundles the preload so it needs only electron, as a sandboxed preload must', () => {
    const code = readFileSync(bundles.preload, 'utf8');
    expect(requires(code)).toEqual(new Set(['electron']));
    for (const method of methods) expect(code).toContain(`"${method}"`);
    // The zod schemas stay out of the preload: only the call names go in.
    expect(code.length).toBeLessThan(20_000);
  });

  it('bundles the main process, leaving only Electron, better-sqlite3, sharp and Node built-ins to load at run time', () => {
    const code = readFileSync(bundles.main, 'utf8');
    const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
    // ws's optional native speed-ups: it requires them inside try/catch and works without them.
    const optional = new Set(['bufferutil', 'utf-8-validate']);
    const external = [...requires(code)].filter((name) => !builtins.has(name) && !optional.has(name));
    expect(external.sort()).toEqual(['better-sqlite3', 'electron', 'sharp']);
    expect(code).not.toMatch(/import\.meta\.url/);
  });

  it('loads at run time only what electron-builder.yml ships beside it', () => {
    const code = readFileSync(bundles.main, 'utf8');
    const yaml = readFileSync(join(repo, 'electron-builder.yml'), 'utf8');
    // Packages resolved by path at run time (createRequire) escape the bundle: today only the brand
    // fonts (main/core/brand/fontFiles.ts). Another one must be added to electron-builder.yml's files.
    expect(code.match(/createRequire\)?\(/g) ?? [], 'a new run-time package lookup: ship it in electron-builder.yml').toHaveLength(1);
    expect(code).toContain('@expo-google-fonts/source-sans-3');
    expect(yaml).toContain('- "!node_modules/**"');
    expect(yaml).toContain('- node_modules/better-sqlite3/lib/**');
    expect(yaml).toContain('- node_modules/@expo-google-fonts/{source-sans-3,merriweather}/package.json');
    expect(yaml).toContain('- node_modules/sharp/{package.json,dist/**}');
    expect(yaml).toMatch(/asarUnpack:\n {2}- node_modules\/sharp\/\*\*\n {2}- node_modules\/@img\/\*\*/);
  });

  it('runs the core in a CommonJS bundle: import.meta.url, fonts, resources, image conversion and the sample report work', async () => {
    const entry = join(outDir, 'coreCheck.ts');
    const rel = (path: string) => JSON.stringify(join(repo, path));
    writeFileSync(
      entry,
      `import { existsSync } from 'node:fs';
       import { Workspace } from ${rel('main/core/api/workspace')};
       import { createDispatcher } from ${rel('main/core/api/dispatcher')};
       import { fontFile } from ${rel('main/core/brand/fontFiles')};
       import { resourcesDir } from ${rel('main/core/resourcesDir')};
       import { rasterForExport } from ${rel('main/core/images/rasterForExport')};
       import { ensureSampleProject } from ${rel('main/electron/common/firstRun')};
       async function check() {
         const workspace = new Workspace();
         workspace.open(ensureSampleProject(process.argv[2]!));
         const counts = await createDispatcher(workspace)('projectCounts', {});
         workspace.close();
         const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="2"/>');
         const raster = await rasterForExport({ bytes: svg, mimeType: 'image/svg+xml' }, { widthPt: 72, heightPt: 72 });
         console.log(JSON.stringify({ counts, font: existsSync(fontFile('Source Sans 3', 'regular')), resources: resourcesDir(), raster: raster.mimeType }));
       }
       void check();`,
    );
    const outfile = join(outDir, 'coreCheck.cjs');
    await build(mainBundleOptions(entry, outfile));
    const documents = mkdtempSync(join(tmpdir(), 'casebook-bundle-'));
    try {
      const output = execFileSync(process.execPath, [outfile, documents], {
        encoding: 'utf8',
        env: { ...process.env, CASEBOOK_RESOURCES: '' },
      });
      const result = JSON.parse(output.trim().split('\n').pop()!);
      expect(result.counts.ok).toBe(true);
      expect(result.counts.value.sections).toBeGreaterThan(3);
      expect(result.font).toBe(true);
      expect(result.resources).toBe(join(repo, 'resources'));
      // sharp, left out of the bundle, loads its addon from node_modules.
      expect(result.raster).toBe('image/png');
    } finally {
      rmSync(documents, { recursive: true, force: true });
    }
  }, 120_000);
});
