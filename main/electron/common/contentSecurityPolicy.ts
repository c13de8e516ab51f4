/**
 * Sent as a header with every app:// response (a <meta> tag in index.html says
 * the same, for the e2e run in plain Chromium). No remote code, no inline
 * scripts, no plugins, frames or form posts; inline styles stay allowed because
 * the editor positions menus and tables with style attributes.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "img-src 'self' blob: data:",
  "style-src 'self' 'unsafe-inline'",
  "script-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
