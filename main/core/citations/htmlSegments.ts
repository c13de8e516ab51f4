/** A run of bibliography text with the formatting the style gives it (titles in italics, and so on). */
export interface TextSegment {
  text: string;
  italic?: boolean;
  bold?: boolean;
  smallCaps?: boolean;
  superscript?: boolean;
  subscript?: boolean;
}

type Format = Omit<TextSegment, 'text'>;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });

/** What an opening tag switches on, from citeproc-js's HTML output (<i>, <b>, <sup>, styled <span>s). */
function formatOf(tag: string): Format {
  const name = /^<\s*([a-z]+)/i.exec(tag)?.[1]?.toLowerCase();
  if (name === 'i' || name === 'em') return { italic: true };
  if (name === 'b' || name === 'strong') return { bold: true };
  if (name === 'sup') return { superscript: true };
  if (name === 'sub') return { subscript: true };
  const style = /style="([^"]*)"/i.exec(tag)?.[1] ?? '';
  const out: Format = {};
  if (/font-style:\s*italic/i.test(style)) out.italic = true;
  if (/font-style:\s*normal/i.test(style)) out.italic = false;
  if (/font-weight:\s*bold/i.test(style)) out.bold = true;
  if (/font-variant:\s*small-caps/i.test(style)) out.smallCaps = true;
  if (/vertical-align:\s*sup/i.test(style)) out.superscript = true;
  if (/vertical-align:\s*sub/i.test(style)) out.subscript = true;
  return out;
}

const VOID = /^<\s*(br|img|hr)\b/i;

const FLAGS = ['italic', 'bold', 'smallCaps', 'superscript', 'subscript'] as const;
const signature = (s: TextSegment) => FLAGS.filter((k) => s[k]).join(',');

/**
 * Splits one citeproc-js HTML bibliography entry into formatted runs, so the
 * DOCX and PDF exporters can print italics without an HTML parser. Block tags
 * (the entry's divs) add nothing; whitespace is collapsed as a browser would.
 */
export function htmlSegments(html: string): TextSegment[] {
  const stack: Format[] = [{}];
  const out: TextSegment[] = [];
  const push = (raw: string) => {
    const text = decode(raw.replace(/\s+/g, ' '));
    if (!text) return;
    const format = Object.assign({}, ...stack) as Format;
    const segment: TextSegment = { text };
    for (const key of FLAGS) if (format[key]) segment[key] = true;
    const last = out[out.length - 1];
    if (last && signature(last) === signature(segment)) last.text += text;
    else out.push(segment);
  };
  for (const token of html.split(/(<[^>]+>)/)) {
    if (!token) continue;
    if (!token.startsWith('<')) push(token);
    else if (token.startsWith('</')) {
      if (stack.length > 1) stack.pop();
    } else if (!VOID.test(token) && !token.endsWith('/>')) stack.push(formatOf(token));
  }
  // Trim the whitespace the entry's layout left at either end.
  if (out[0]) out[0].text = out[0].text.replace(/^\s+/, '');
  const last = out[out.length - 1];
  if (last) last.text = last.text.replace(/\s+$/, '');
  return out.filter((s) => s.text);
}

export const segmentsText = (segments: TextSegment[]) => segments.map((s) => s.text).join('');
