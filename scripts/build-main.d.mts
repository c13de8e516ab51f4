import type { BuildOptions } from 'esbuild';

export function mainBundleOptions(entry: string, outfile: string): BuildOptions;
export function buildMain(outDir?: string): Promise<{ main: string; preload: string }>;
