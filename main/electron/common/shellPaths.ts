import { join } from 'node:path';

export interface ShellPaths {
  /** The built renderer (vite build output) served over app://. */
  rendererDir: string;
  /** The bundled preload script. */
  preload: string;
  /** better_sqlite3.node built for Electron's ABI (scripts/electron-native.mjs), never Node's own build. */
  nativeBinding: string;
  /** Fonts, brands and the sample's assets (main/core/resourcesDir reads CASEBOOK_RESOURCES). */
  resources: string;
}

export interface ShellLocation {
  /** app.getAppPath(): the repository in development, resources/app.asar when packaged. */
  appPath: string;
  isPackaged: boolean;
  /** process.resourcesPath: where electron-builder's extraResources land. */
  resourcesPath: string;
}

/** Where the shell finds its files, in development (`npm start`) and in the packaged app (electron-builder.yml). */
export function shellPaths({ appPath, isPackaged, resourcesPath }: ShellLocation): ShellPaths {
  return {
    rendererDir: join(appPath, 'out', 'renderer'),
    preload: join(appPath, 'out', 'main', 'preload.cjs'),
    nativeBinding: isPackaged
      ? join(resourcesPath, 'native', 'better_sqlite3.node')
      : join(appPath, 'build', 'native', 'electron', 'better_sqlite3.node'),
    resources: isPackaged ? join(resourcesPath, 'resources') : join(appPath, 'resources'),
  };
}
