import { build } from 'esbuild';
import { join, resolve } from 'node:path';

const here = import.meta.dirname;
export const REPO_ROOT = resolve(here, '../../../..');

/**
 * Bundles the crash writer once into a plain CommonJS file, so each of hundreds of spawns is a
 * bare `node` start. better-sqlite3 stays outside (a native addon) and is found through NODE_PATH.
 */
export async function bundleCrashWriter(outDir: string): Promise<{ file: string; env: NodeJS.ProcessEnv }> {
  const file = join(outDir, 'crashWriter.cjs');
  await build({
    entryPoints: [join(here, '..', 'crashWriter.ts')],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3'],
    minify: true,
    logLevel: 'silent',
  });
  return { file, env: { ...process.env, NODE_PATH: join(REPO_ROOT, 'node_modules'), CASEBOOK_CRASH_WRITER: '1' } };
}
