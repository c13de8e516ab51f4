import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shellPaths } from './shellPaths';

describe('where the shell finds its files', () => {
  it('uses the checkout in development, with the Electron addon from build/native', () => {
    const paths = shellPaths({ appPath: '/src/casebook', isPackaged: false, resourcesPath: '/ignored' });
    expect(paths.rendererDir).toBe(join('/src/casebook', 'out', 'renderer'));
    expect(paths.preload).toBe(join('/src/casebook', 'out', 'main', 'preload.cjs'));
    expect(paths.nativeBinding).toBe(join('/src/casebook', 'build', 'native', 'electron', 'better_sqlite3.node'));
    expect(paths.resources).toBe(join('/src/casebook', 'resources'));
  });

  it('uses the asar and extraResources when packaged (as electron-builder.yml lays them out)', () => {
    const paths = shellPaths({ appPath: '/opt/Casebook/resources/app.asar', isPackaged: true, resourcesPath: '/opt/Casebook/resources' });
    expect(paths.rendererDir).toBe(join('/opt/Casebook/resources/app.asar', 'out', 'renderer'));
    expect(paths.nativeBinding).toBe(join('/opt/Casebook/resources', 'native', 'better_sqlite3.node'));
    expect(paths.resources).toBe(join('/opt/Casebook/resources', 'resources'));
  });
});
