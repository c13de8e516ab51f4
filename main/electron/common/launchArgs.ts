import { isAbsolute, resolve } from 'node:path';

export const PROJECT_EXTENSION = '.casebook';

const isProjectPath = (arg: string): boolean => !arg.startsWith('-') && arg.toLowerCase().endsWith(PROJECT_EXTENSION);

/**
 * The project named on a command line (the app's own, or a second instance's
 * forwarded to the first): the first argument ending in .casebook, made absolute
 * against the directory it was typed in. Switches and the app path are ignored.
 */
export function projectPathFromArgv(argv: readonly string[], cwd: string): string | undefined {
  const arg = argv.find(isProjectPath);
  if (!arg) return undefined;
  return isAbsolute(arg) ? arg : resolve(cwd, arg);
}

/** A chosen save path with the project extension, added when the dialog left it off. */
export function withProjectExtension(path: string): string {
  return path.toLowerCase().endsWith(PROJECT_EXTENSION) ? path : `${path}${PROJECT_EXTENSION}`;
}
