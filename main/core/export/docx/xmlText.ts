/**
 * Text as XML 1.0 allows it: control characters other than tab and newline (a
 * vertical tab pasted from Word, say) make a part unreadable even when escaped,
 * so they are dropped; the rest docx escapes.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

export const xmlText = (text: string) => (FORBIDDEN.test(text) ? text.replace(new RegExp(FORBIDDEN.source, 'g'), '') : text);
