import { Packer, type Document } from 'docx';
import { strToU8, zipSync, type Zippable } from 'fflate';

export interface PartOverride {
  path: string;
  data: string;
}

/** A change to a part as docx writes it, where docx has no option for it. */
export interface PartEdit {
  path: string;
  edit: (xml: string) => string;
}

type Parts = Map<string, string | Uint8Array>;

/** docx's compiler of a document's parts, which Packer zips: public in docx's code, private in its types. */
const compiler = (Packer as unknown as { compiler?: { compile(document: Document, prettify: undefined, overrides: PartOverride[]): Parts } }).compiler;

const bytesOf = (data: string | Uint8Array) => (typeof data === 'string' ? strToU8(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength));

/**
 * The DOCX file of a document: docx's parts, with `overrides` replacing some,
 * zipped at DEFLATE level 1 with images stored as they are (PNG and JPEG are
 * compressed already). Packer.toBuffer deflates everything at level 6, which for
 * a long report's 1 MB document.xml is a sixth of the export, to save a sixth of
 * the file's size. `edits` change parts as written. Should docx stop exposing its
 * compiler, its own packer is used, without the edits.
 */
export async function packDocx(document: Document, overrides: PartOverride[], edits: PartEdit[] = []): Promise<Buffer> {
  if (typeof compiler?.compile !== 'function') return Packer.toBuffer(document, false, overrides);
  const parts = compiler.compile(document, undefined, overrides);
  for (const { path, edit } of edits) {
    const xml = parts.get(path);
    if (typeof xml === 'string') parts.set(path, edit(xml));
  }
  const zippable: Zippable = {};
  for (const [path, data] of parts) zippable[path] = path.startsWith('word/media/') ? [bytesOf(data), { level: 0 }] : bytesOf(data);
  return Buffer.from(zipSync(zippable, { level: 1 }));
}
