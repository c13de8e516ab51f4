import { ZipFile } from 'yazl';
import { docxParts } from './docxParts';

/** The DOCX as it would be without its embedded fonts: no font parts, and the font table naming the fonts only. */
export async function withoutEmbeddedFonts(docx: Buffer): Promise<Buffer> {
  const zip = new ZipFile();
  for (const [path, data] of await docxParts(docx)) {
    if (path.startsWith('word/fonts/')) continue;
    zip.addBuffer(path === 'word/fontTable.xml' ? Buffer.from(data.toString('utf8').replace(/<w:embed\w+ [^>]*\/>/g, '')) : data, path);
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
