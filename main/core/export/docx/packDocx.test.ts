import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { packDocx } from './packDocx';
import { docxParts } from './testing/docxParts';

/** Each entry's compression method: 0 stored, 8 deflated. */
function methods(bytes: Buffer): Promise<Map<string, number>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error('not a zip'));
      const out = new Map<string, number>();
      zip.on('entry', (entry: yauzl.Entry) => {
        out.set(entry.fileName, entry.compressionMethod);
        zip.readEntry();
      });
      zip.on('end', () => resolve(out));
      zip.readEntry();
    });
  });
}

const png = readFileSync(join(import.meta.dirname, '../../../../resources/icons/icon.png'));
const document = () =>
  new Document({
    sections: [{ children: [new Paragraph({ children: [new TextRun('Text & more'), new ImageRun({ type: 'png', data: png, transformation: { width: 20, height: 20 } })] })] }],
  });
const overrides = [{ path: 'docProps/core.xml', data: '<?xml version="1.0"?><cp:coreProperties xmlns:cp="x"/>' }];

describe('packDocx', () => {
  it('packs the same parts as docx’s packer, overrides included, in its order', async () => {
    const ours = await docxParts(await packDocx(document(), overrides));
    const theirs = await docxParts(await Packer.toBuffer(document(), false, overrides));
    expect([...ours.keys()]).toEqual([...theirs.keys()]);
    // Relationship ids are random and drawing ids count up through the process: the rest is the same.
    const comparable = (name: string, data: Buffer) =>
      name.endsWith('.rels') || name === 'word/document.xml' ? data.toString('utf8').replace(/rId[\w-]+/g, 'rId').replace(/<wp:docPr id="\d+"/g, '<wp:docPr') : data.toString('base64');
    for (const [name, data] of theirs) expect(comparable(name, ours.get(name)!), name).toBe(comparable(name, data));
    expect(ours.get('docProps/core.xml')!.toString('utf8')).toBe(overrides[0]!.data);
  });

  it('deflates the XML parts and stores the images as they are', async () => {
    const packed = await methods(await packDocx(document(), overrides));
    expect(packed.get('word/document.xml')).toBe(8);
    const media = [...packed].filter(([name]) => name.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(media[0]![1]).toBe(0);
  });
});
