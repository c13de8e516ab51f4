import yauzl from 'yauzl';
import { badRequest } from '../store/errors';

export interface ZipLimits {
  /** Size of the file itself. */
  maxCompressedBytes: number;
  /** Everything inside, unpacked. */
  maxUncompressedBytes: number;
  maxEntries: number;
  /** Unpacked size over packed size, per entry; only checked for entries larger than 1 MB unpacked. */
  maxRatio: number;
}

export const DOCX_LIMITS: ZipLimits = {
  maxCompressedBytes: 50 * 1024 * 1024,
  maxUncompressedBytes: 250 * 1024 * 1024,
  maxEntries: 5000,
  maxRatio: 200,
};

const RATIO_FLOOR = 1024 * 1024;

/**
 * Refuses zip bombs before anything unpacks the file for real: checks the declared sizes, then
 * unpacks every entry into nothing while counting bytes (yauzl also fails an entry that unpacks to
 * more than it declared), so a file that lies about its sizes is caught too.
 */
export async function checkZipLimits(bytes: Uint8Array, name: string, limits: ZipLimits = DOCX_LIMITS): Promise<void> {
  const refuse = (why: string) => badRequest(`“${name}” was refused: ${why}`);
  if (bytes.byteLength > limits.maxCompressedBytes) {
    throw refuse(`it is ${(bytes.byteLength / 1048576).toFixed(1)} MB; the limit is ${limits.maxCompressedBytes / 1048576} MB.`);
  }
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true, validateEntrySizes: true }, (error, file) =>
      error ? reject(refuse(`it is not a readable Word document (${error.message}).`)) : resolve(file),
    ),
  );
  if (zip.entryCount > limits.maxEntries) {
    zip.close();
    throw refuse(`it holds ${zip.entryCount} files; a Word document with more than ${limits.maxEntries} is not accepted.`);
  }
  let total = 0;
  await new Promise<void>((resolve, reject) => {
    const fail = (error: Error) => {
      zip.close();
      reject(error);
    };
    zip.on('error', (error: Error) => fail(refuse(`it is damaged (${error.message}).`)));
    zip.on('end', () => resolve());
    zip.on('entry', (entry: yauzl.Entry) => {
      if (/\/$/.test(entry.fileName)) return zip.readEntry();
      if (entry.uncompressedSize > RATIO_FLOOR && entry.uncompressedSize / Math.max(entry.compressedSize, 1) > limits.maxRatio) {
        return fail(refuse(`“${entry.fileName}” inside it expands more than ${limits.maxRatio} times (a zip bomb?).`));
      }
      if (total + entry.uncompressedSize > limits.maxUncompressedBytes) {
        return fail(refuse(`it unpacks to more than ${limits.maxUncompressedBytes / 1048576} MB.`));
      }
      zip.openReadStream(entry, (error, stream) => {
        if (error) return fail(refuse(`“${entry.fileName}” inside it cannot be read (${error.message}).`));
        stream.on('data', (chunk: Buffer) => {
          total += chunk.length;
          if (total > limits.maxUncompressedBytes) {
            stream.destroy();
            fail(refuse(`it unpacks to more than ${limits.maxUncompressedBytes / 1048576} MB.`));
          }
        });
        stream.on('error', (e: Error) => fail(refuse(`“${entry.fileName}” inside it is damaged (${e.message}).`)));
        stream.on('end', () => zip.readEntry());
      });
    });
    zip.readEntry();
  });
}
