import { join } from 'node:path';

/** What the engine asks for (Host.chooseSavePath). */
export interface SaveRequest {
  title: string;
  defaultName: string;
  extensions: string[];
}

/** The part of Electron's SaveDialogOptions we fill in, so it can be built and tested without Electron. */
export interface SaveDialogOptions {
  title: string;
  defaultPath: string;
  filters: { name: string; extensions: string[] }[];
  properties: ('createDirectory' | 'showOverwriteConfirmation')[];
}

const FILTER_NAMES: Record<string, string> = {
  pdf: 'PDF documents',
  docx: 'Word documents',
  json: 'JSON files',
  casebook: 'Casebook projects',
};

/**
 * The native save dialog for a request: the suggested name in the folder last used
 * (else Documents), one filter for the requested extensions, then "All files".
 */
export function saveDialogOptions(request: SaveRequest, folder: string): SaveDialogOptions {
  const extensions = request.extensions.map((e) => e.replace(/^\./, '').toLowerCase()).filter(Boolean);
  const name = extensions.length === 1 ? (FILTER_NAMES[extensions[0]!] ?? `${extensions[0]!.toUpperCase()} files`) : 'Documents';
  return {
    title: request.title,
    defaultPath: join(folder, request.defaultName),
    filters: extensions.length ? [{ name, extensions }, { name: 'All files', extensions: ['*'] }] : [],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

/**
 * The chosen path with the extension added when the person typed a name without one
 * (Linux dialogs do not add it), so the exporter writes file.pdf rather than file.
 */
export function withExtension(path: string, extensions: string[]): string {
  const wanted = extensions.map((e) => e.replace(/^\./, '').toLowerCase()).filter(Boolean);
  if (!wanted.length) return path;
  const lower = path.toLowerCase();
  return wanted.some((e) => lower.endsWith(`.${e}`)) ? path : `${path}.${wanted[0]}`;
}
