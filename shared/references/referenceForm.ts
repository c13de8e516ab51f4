import type { CslItem } from '../model';

/** The reference form's fields, as a writer fills them in. */
export interface ReferenceFields {
  type: string;
  /** One author a line: "Family, Given" for a person; a line without a comma is a corporate author. */
  authors: string;
  title: string;
  containerTitle: string;
  year: string;
  volume: string;
  issue: string;
  pages: string;
  publisher: string;
  place: string;
  edition: string;
  doi: string;
  url: string;
  /** YYYY-MM-DD */
  accessed: string;
}

export const REFERENCE_TYPES = [
  { value: 'article-journal', label: 'Journal article' },
  { value: 'report', label: 'Report' },
  { value: 'book', label: 'Book' },
  { value: 'chapter', label: 'Book chapter' },
  { value: 'webpage', label: 'Web page' },
  { value: 'legislation', label: 'Legislation' },
  { value: 'thesis', label: 'Thesis' },
] as const;

const dateParts = (iso: string) =>
  iso
    .split('-')
    .filter(Boolean)
    .map((p) => Number(p));

const isoFrom = (parts: (number | string)[] | undefined) =>
  (parts ?? []).map((p, i) => (i === 0 ? String(p) : String(p).padStart(2, '0'))).join('-');

function parseAuthor(line: string): NonNullable<CslItem['author']>[number] {
  const comma = line.indexOf(',');
  if (comma < 0) return { literal: line };
  return { family: line.slice(0, comma).trim(), given: line.slice(comma + 1).trim() };
}

export function fieldsToCsl(fields: ReferenceFields, base: CslItem = { type: fields.type }): CslItem {
  const item: CslItem = { ...base, type: fields.type };
  const set = (key: string, value: string | undefined) => {
    const v = value?.trim();
    if (v) (item as Record<string, unknown>)[key] = v;
    else delete (item as Record<string, unknown>)[key];
  };
  const authors = fields.authors
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map(parseAuthor);
  if (authors.length) item.author = authors;
  else delete item.author;
  set('title', fields.title);
  set('container-title', fields.containerTitle);
  set('volume', fields.volume);
  set('issue', fields.issue);
  set('page', fields.pages.replace(/\s*[-–]\s*/, '–'));
  set('publisher', fields.publisher);
  set('publisher-place', fields.place);
  set('edition', fields.edition);
  set('DOI', fields.doi.replace(/^https?:\/\/(dx\.)?doi\.org\//i, ''));
  set('URL', fields.url);
  if (/^\d{4}$/.test(fields.year.trim())) item.issued = { 'date-parts': [[Number(fields.year.trim())]] };
  else delete item.issued;
  if (/^\d{4}-\d{2}-\d{2}$/.test(fields.accessed.trim())) item.accessed = { 'date-parts': [dateParts(fields.accessed.trim())] };
  else delete item.accessed;
  return item;
}

export function cslToFields(item: CslItem): ReferenceFields {
  const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));
  return {
    type: item.type,
    authors: (item.author ?? [])
      .map((a) => a.literal ?? [a.family, a.given].filter(Boolean).join(', '))
      .join('\n'),
    title: str(item.title),
    containerTitle: str(item['container-title']),
    year: str(item.issued?.['date-parts']?.[0]?.[0]),
    volume: str(item.volume),
    issue: str(item.issue),
    pages: str(item.page),
    publisher: str(item.publisher),
    place: str(item['publisher-place']),
    edition: str(item.edition),
    doi: str(item.DOI),
    url: str(item.URL),
    accessed: isoFrom(item.accessed?.['date-parts']?.[0]),
  };
}

/** What the library search matches: title, authors, container, year, DOI. */
export function referenceSearchText(item: CslItem): string {
  const f = cslToFields(item);
  return [f.title, f.authors, f.containerTitle, f.year, f.doi, f.publisher].join(' ').toLowerCase();
}
