// Type-checks the Electron shell (main/electron/tsconfig.json) where its types exist.
// They ship only inside the optional electron package; where it is not installed the
// shell's Electron-free logic (main/electron/common/) is still checked by main/tsconfig.json.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

if (!existsSync(join(root, 'node_modules', 'electron', 'electron.d.ts'))) {
  console.log('Skipping main/electron/tsconfig.json: the optional electron package (and its types) is not installed.');
} else {
  const tsc = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'main', 'electron', 'tsconfig.json')], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
