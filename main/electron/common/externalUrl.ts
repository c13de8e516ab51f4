const ALLOWED_PROTOCOLS = new Set(['https:', 'mailto:']);

/**
 * Whether a link may be handed to the operating system (shell.openExternal).
 * Only web pages over https and e-mail addresses: file:, custom schemes and
 * plain http could launch programs or leak what the reader is doing.
 */
export function isAllowedExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!ALLOWED_PROTOCOLS.has(parsed.protocol)) return false;
  if (parsed.protocol === 'https:') return parsed.hostname.length > 0 && !parsed.username && !parsed.password;
  return parsed.pathname.length > 0;
}
