/**
 * The renderer is served from a custom, privileged scheme instead of file://, so
 * its origin is ours alone: the CSP's 'self', the IPC sender check and the
 * navigation lock all compare against this one origin.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'casebook';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True when url is a page or asset of our own renderer. */
export function isAppUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}
