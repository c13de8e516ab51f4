import type { PDFContext, PDFRef } from 'pdf-lib';

const ascii = (s: string, buffer: Buffer, offset: number): number => offset + buffer.write(s, offset, 'latin1');

/** "%PDF-1.7" and a comment of high bytes, so tools treat the file as binary. */
const HEADER = '%PDF-1.7\n%\x81\x81\x81\x81\n\n';
const ENDOBJ = '\nendobj\n';

/**
 * The document as a classic PDF file: header, every indirect object, a
 * cross-reference table and the trailer. pdf-lib's writer does the same
 * through an async generator step per object and string padding per xref
 * line; for the ten thousand small objects of a tagged report that cost a
 * tenth of the export. Objects still serialise themselves (pdf-lib's own
 * and our RawObject alike).
 */
export function serializePdf(context: PDFContext): Uint8Array {
  const objects = context.enumerateIndirectObjects();
  const heads = objects.map(([ref]) => `${ref.objectNumber} ${ref.generationNumber} obj\n`);
  let size = HEADER.length;
  objects.forEach(([, object], i) => (size += heads[i]!.length + object.sizeInBytes() + ENDOBJ.length));
  const xref = crossReference(objects.map(([ref]) => ref));
  const trailer = trailerSyntax(context);
  // Every byte is written below, so the buffer need not be zeroed first.
  const buffer = Buffer.allocUnsafe(size + xref.lengthWithOffsets + trailer.length + 32);
  let at = ascii(HEADER, buffer, 0);
  const offsets = new Map<number, number>();
  objects.forEach(([ref, object], i) => {
    offsets.set(ref.objectNumber, at);
    at = ascii(heads[i]!, buffer, at);
    at += object.copyBytesInto(buffer, at);
    at = ascii(ENDOBJ, buffer, at);
  });
  const xrefAt = at;
  at = xref.write(buffer, at, offsets);
  at = ascii(`${trailer}\nstartxref\n${xrefAt}\n%%EOF`, buffer, at);
  return buffer.subarray(0, at);
}

/** Runs of consecutive object numbers, each a subsection of 20-byte entries; object 0 heads the free list. */
function crossReference(refs: PDFRef[]) {
  const numbers = [0, ...refs.map((r) => r.objectNumber)];
  const runs: { first: number; count: number }[] = [];
  for (const n of numbers) {
    const last = runs[runs.length - 1];
    if (last && n === last.first + last.count) last.count++;
    else runs.push({ first: n, count: 1 });
  }
  const lengthWithOffsets = 5 + runs.reduce((sum, r) => sum + `${r.first} ${r.count}\n`.length + r.count * 20, 0);
  const write = (buffer: Buffer, start: number, offsets: Map<number, number>): number => {
    let at = ascii('xref\n', buffer, start);
    for (const run of runs) {
      at = ascii(`${run.first} ${run.count}\n`, buffer, at);
      for (let n = run.first; n < run.first + run.count; n++) {
        at = ascii(n === 0 ? '0000000000 65535 f \n' : `${String(offsets.get(n)).padStart(10, '0')} 00000 n \n`, buffer, at);
      }
    }
    return at;
  };
  return { lengthWithOffsets, write };
}

function trailerSyntax(context: PDFContext): string {
  const { Root, Info, ID, Encrypt } = context.trailerInfo;
  let dict = `trailer\n<</Size ${context.largestObjectNumber + 1}`;
  if (Root) dict += ` /Root ${Root.toString()}`;
  if (Info) dict += ` /Info ${Info.toString()}`;
  if (ID) dict += ` /ID ${ID.toString()}`;
  if (Encrypt) dict += ` /Encrypt ${Encrypt.toString()}`;
  return `${dict}>>`;
}
