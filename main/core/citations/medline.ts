import type { RawEntry } from './splitEntries';

/**
 * PubMed's own export (MEDLINE format, .nbib): records start with "PMID- ",
 * each line is a tag padded to four characters, "- " and a value, and long
 * values continue on lines indented by six spaces.
 */
export const MEDLINE_START = /^PMID- /;

const lines = (text: string) => text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);

export function splitMedline(text: string): RawEntry[] {
  const out: RawEntry[] = [];
  let current: { lines: string[]; line: number } | null = null;
  lines(text).forEach((line, i) => {
    if (MEDLINE_START.test(line)) {
      if (current) out.push({ text: current.lines.join('\n'), line: current.line });
      current = { lines: [line], line: i + 1 };
    } else if (current && line.trim()) current.lines.push(line);
  });
  if (current) out.push({ text: (current as { lines: string[] }).lines.join('\n'), line: (current as { line: number }).line });
  return out;
}

/** Tag/value pairs of one record, continuation lines joined to the value they continue. */
function fields(record: string): [string, string][] {
  const out: [string, string][] = [];
  for (const line of record.split('\n')) {
    const tagged = /^([A-Z]{2,4})\s*- (.*)$/.exec(line);
    if (tagged) out.push([tagged[1]!, tagged[2]!.trim()]);
    else if (/^ {6}/.test(line) && out.length) out[out.length - 1]![1] += ` ${line.trim()}`;
    else throw new Error(`line “${line.slice(0, 40)}” is neither a tagged field nor a continuation`);
  }
  return out;
}

/** "Scott, Susan D" (FAU) to a CSL name. */
function fullName(value: string): Record<string, string> {
  const [family, given] = value.split(/,\s*/, 2);
  return given ? { family: family!, given } : { literal: value };
}

/** One MEDLINE record as a raw CSL item, for normaliseCsl to finish (dates, initials). */
export function medlineToCsl(record: string): Record<string, unknown> {
  const all = fields(record);
  const first = (tag: string) => all.find(([t]) => t === tag)?.[1];
  const every = (tag: string) => all.filter(([t]) => t === tag).map(([, v]) => v);
  const full = every('FAU');
  const authors = [...(full.length ? full.map(fullName) : every('AU').map((a) => ({ literal: a }))), ...every('CN').map((c) => ({ literal: c }))];
  const doi = [...every('LID'), ...every('AID')].find((v) => /\[doi\]$/.test(v))?.replace(/\s*\[doi\]$/, '');
  const item: Record<string, unknown> = {
    type: 'article-journal',
    title: first('TI')?.replace(/\.$/, ''),
    author: authors.length ? authors : undefined,
    'container-title': first('JT'),
    'container-title-short': first('TA'),
    volume: first('VI'),
    issue: first('IP'),
    page: first('PG'),
    issued: first('DP') ? { raw: first('DP') } : undefined,
    DOI: doi,
    PMID: first('PMID'),
    language: first('LA'),
  };
  return item;
}
