/** The reference file formats Casebook imports (medline: PubMed's own export, .nbib). */
export const REFERENCE_FORMATS = ['ris', 'bibtex', 'csl-json', 'medline'] as const;
export type ReferenceFormat = (typeof REFERENCE_FORMATS)[number];

const BY_EXTENSION: Record<string, ReferenceFormat> = {
  ris: 'ris',
  nbib: 'medline',
  medline: 'medline',
  bib: 'bibtex',
  bibtex: 'bibtex',
  json: 'csl-json',
  csljson: 'csl-json',
};

/** The format a file name suggests (.ris, .bib, .json), or null. */
export function formatFromFileName(name: string): ReferenceFormat | null {
  const ext = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  return (ext && BY_EXTENSION[ext]) || null;
}

/** The format the text itself shows: JSON brackets, a PMID or TY tag, or an @entry. */
export function detectFormat(text: string): ReferenceFormat | null {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (body.startsWith('[') || body.startsWith('{')) return 'csl-json';
  if (/^PMID- /m.test(body)) return 'medline';
  if (/^\s*TY {1,2}- /m.test(body)) return 'ris';
  if (/^\s*@[a-z]+\s*[{(]/im.test(body)) return 'bibtex';
  return null;
}
