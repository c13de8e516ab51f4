import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { readFileSync, realpathSync } from 'node:fs';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import { badRequest } from '../../store/errors';
import { ASSET_SRC_PREFIX, newImportedImage, type ImportedImage } from '../importedImage';
import type { ConvertedHtml } from '../docx/docxToHtml';

const MIME_BY_EXTENSION: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
};

/** Raw HTML in the Markdown is shown as text, never interpreted (html: false). */
const md = new MarkdownIt({ html: false, linkify: true, typographer: false }).use(footnote);

/** Decodes UTF-8 strictly, so a binary file passed as Markdown gets a clear error instead of mojibake. */
function decodeText(bytes: Uint8Array, name: string): string {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.includes('\u0000')) throw new Error('binary');
    return text.replace(/^\uFEFF/, '');
  } catch {
    throw badRequest(`“${name}” is not a Markdown text file (it is not UTF-8 text).`);
  }
}

/**
 * Reads an image a Markdown file points at: data: URIs always; files only relative to the Markdown
 * file's own folder (never outside it) and only when that folder is known (the command line).
 * Web addresses are not fetched.
 */
function loadImage(src: string, baseDir: string | undefined): { bytes: Uint8Array; mime: string } | string {
  const data = /^data:(image\/[a-z0-9.+-]+);base64,([a-z0-9+/=\s]+)$/i.exec(src);
  if (data) return { bytes: Buffer.from(data[2]!, 'base64'), mime: data[1]! };
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) return `“${src}” is on the web and was not downloaded`;
  if (!baseDir) return `“${src}” is a separate file; import from the command line to bring its images`;
  let path: string;
  try {
    path = realpathSync(resolve(baseDir, decodeURI(src)));
  } catch {
    return `“${src}” was not found`;
  }
  const inside = relative(realpathSync(baseDir), path);
  if (inside.startsWith('..') || isAbsolute(inside)) return `“${src}” is outside the Markdown file’s folder`;
  const mime = MIME_BY_EXTENSION[extname(path).toLowerCase()];
  if (!mime) return `“${src}” is not a PNG, JPEG, GIF, WebP or SVG image`;
  return { bytes: readFileSync(path), mime };
}

/** Markdown (CommonMark, tables, footnotes) to HTML, with its images read into memory to become assets. */
export function markdownToHtml(bytes: Uint8Array, name: string, baseDir?: string): ConvertedHtml {
  const text: string = decodeText(bytes, name);
  const images: ImportedImage[] = [];
  const warnings: string[] = [];
  const env = {};
  const tokens = md.parse(text, env);
  for (const token of tokens) {
    for (const child of token.children ?? []) {
      if (child.type !== 'image') continue;
      const src = String(child.attrGet('src') ?? '');
      const loaded = loadImage(src, baseDir);
      const alt = child.children?.map((c) => c.content).join('') ?? '';
      const imported = typeof loaded === 'string' ? null : newImportedImage(loaded.bytes, loaded.mime, alt, images.length + 1);
      if (!imported) {
        warnings.push(`Image ${alt ? `“${alt}” ` : ''}left out: ${typeof loaded === 'string' ? loaded : 'it is not a supported image'}.`);
        child.attrSet('src', '');
        continue;
      }
      images.push(imported);
      child.attrSet('src', `${ASSET_SRC_PREFIX}${imported.id}`);
    }
  }
  return { html: md.renderer.render(tokens, md.options, env), images, warnings };
}
