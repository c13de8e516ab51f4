import type { CslItem } from '../../../shared/model';

type Name = NonNullable<CslItem['author']>[number];
type DateValue = NonNullable<CslItem['issued']>;

const NAME_FIELDS = ['author', 'editor', 'container-author', 'collection-editor', 'translator', 'director', 'interviewer', 'recipient'];
const DATE_FIELDS = ['issued', 'accessed', 'event-date', 'original-date', 'submitted'];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * One name as exports leave it, made right for CSL:
 * - a corporate author ("NHS England", EndNote's "NHS England,", BibTeX's
 *   {{NHS England}}) arrives as a family name without a given name: a literal;
 * - PubMed writes "Scott SD": family name and initials;
 * - a brace-protected accented initial ({\L}ukasz) is mistaken by the BibTeX
 *   parser for a lower-case particle: it is a given name.
 */
function normaliseName(name: Name, pubmedInitials: boolean): Name {
  const out: Name = { ...name };
  for (const key of ['family', 'given', 'literal'] as const) {
    if (typeof out[key] === 'string') out[key] = out[key]!.trim().replace(/,$/, '').trim();
    if (out[key] === '') delete out[key];
  }
  const particle = out['non-dropping-particle'];
  if (typeof particle === 'string' && /^\p{Lu}/u.test(particle)) {
    out.given = out.given ? `${out.given} ${particle}` : particle;
    delete out['non-dropping-particle'];
  }
  const single = out.literal ?? (!out.given && !out['non-dropping-particle'] && !out['dropping-particle'] ? out.family : undefined);
  if (single && pubmedInitials) {
    const m = /^(.+?)\s+(\p{Lu}{1,3})$/u.exec(single);
    if (m) return { family: m[1]!, given: [...m[2]!].map((c) => `${c}.`).join(' ') };
  }
  if (!out.literal && single && /\s/.test(single)) return { literal: single };
  return out;
}

/** Dates as exports write them ("2009///", "2022/08//", "2009 Oct", "2024-03-04") to date-parts. */
function normaliseDate(value: DateValue): DateValue {
  const outer: unknown = value['date-parts'];
  // Files from elsewhere may hold anything here; only a list of lists is date-parts.
  const parts = Array.isArray(outer) && Array.isArray(outer[0]) ? (outer[0] as unknown[]) : undefined;
  if (parts?.length) {
    const numbers = parts.map((p) => Number(p)).filter((n) => Number.isInteger(n) && n > 0);
    return numbers.length ? { 'date-parts': [numbers] } : value;
  }
  const raw = (value.raw ?? value.literal ?? '').trim();
  const numeric = /^(\d{4})(?:[-/.](\d{1,2})?)?(?:[-/.](\d{1,2})?)?/.exec(raw);
  const named = /^(\d{4})\s+([a-z]{3})[a-z]*\.?(?:\s+(\d{1,2}))?/i.exec(raw);
  if (named && MONTHS.includes(named[2]!.toLowerCase())) {
    const month = MONTHS.indexOf(named[2]!.toLowerCase()) + 1;
    return { 'date-parts': [[Number(named[1]), month, ...(named[3] ? [Number(named[3])] : [])]] };
  }
  if (numeric) return { 'date-parts': [[numeric[1], numeric[2], numeric[3]].filter(Boolean).map(Number)] };
  return value;
}

/** A DOI without resolver prefixes ("https://doi.org/", "doi:"). */
export const bareDoi = (doi: string) =>
  doi
    .trim()
    .replace(/^(?:https?:\/\/)?(?:dx\.)?doi\.org\//i, '')
    .replace(/^doi:\s*/i, '')
    .trim();

export interface NormaliseOptions {
  /** RIS from PubMed writes names as "Scott SD". */
  pubmedNames?: boolean;
}

/** A parsed item cleaned for the library: parser bookkeeping dropped, names, dates and DOI put right. */
export function normaliseCsl(raw: Record<string, unknown>, options: NormaliseOptions = {}): Record<string, unknown> {
  const item: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key === '_graph' || key === 'id' || key.startsWith('_') || value === undefined || value === null || value === '') continue;
    item[key] = value;
  }
  for (const field of NAME_FIELDS) {
    const names = item[field];
    if (Array.isArray(names)) item[field] = (names as Name[]).map((n) => normaliseName(n, options.pubmedNames ?? false));
  }
  for (const field of DATE_FIELDS) {
    const date = item[field];
    if (date && typeof date === 'object') item[field] = normaliseDate(date as DateValue);
  }
  if (typeof item.DOI === 'string') item.DOI = bareDoi(item.DOI);
  for (const field of ['volume', 'issue', 'edition', 'page', 'number']) {
    if (typeof item[field] === 'number') item[field] = String(item[field]);
  }
  if (typeof item.title === 'string') item.title = item.title.trim().replace(/\s+/g, ' ');
  if (typeof item.type !== 'string' || !item.type) delete item.type;
  // The BibTeX parser keeps the entry type as a genre ("techreport"), which styles would print.
  if (typeof item.genre === 'string' && /^(techreport|phdthesis|mastersthesis|misc)$/i.test(item.genre)) delete item.genre;
  return item;
}
