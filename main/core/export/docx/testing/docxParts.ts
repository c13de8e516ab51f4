import sax from 'sax';
import yauzl from 'yauzl';

/** Every part of a DOCX (a zip), by name. */
export function docxParts(bytes: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error('not a zip'));
      const parts = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) return reject(err ?? new Error(`cannot read ${entry.fileName}`));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            parts.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(parts));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** Throws with the part's name and the parser's message unless the XML is well formed. */
export function assertWellFormed(name: string, xml: string): void {
  const parser = sax.parser(true);
  parser.onerror = (error) => {
    throw new Error(`${name} is not well-formed XML: ${error.message}`);
  };
  parser.write(xml).close();
}
