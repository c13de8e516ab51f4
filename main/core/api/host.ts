/**
 * What the engine asks of whoever hosts it: native dialogs and the file manager in
 * the desktop app, plain stand-ins in tests and the CLI. Keeps main/core free of Electron.
 */
export interface Host {
  /** Asks where to save; null when the person cancels. */
  chooseSavePath(options: { title: string; defaultName: string; extensions: string[] }): Promise<string | null>;
  /** Shows the file in the system's file manager. */
  showInFolder(path: string): void;
  /** Opens the file in its default application. */
  openPath(path: string): Promise<void>;
}

/** A host without a desktop: saving needs an explicit path, and there is no file manager to show. */
export const headlessHost: Host = {
  chooseSavePath: async () => null,
  showInFolder: () => undefined,
  openPath: async () => undefined,
};
