import { plugins } from '@citation-js/core';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-bibtex';
import { CslItem } from '../../../shared/model';
import { medlineToCsl, splitMedline } from './medline';
import { normaliseCsl } from './normaliseCsl';
import { detectFormat, type ReferenceFormat } from './referenceFormat';
import { splitBibtex, splitRis, type RawEntry } from './splitEntries';

/** Something wrong with one entry of an import, and where it is ("entry 3, line 42"). */
export interface ImportProblem {
  position: string;
  message: string;
}

/** An item read from the file, with where it came from. */
export interface ParsedReference {
  csl: CslItem;
  position: string;
}

export interface ParsedReferences {
  format: ReferenceFormat | null;
  items: ParsedReference[];
  problems: ImportProblem[];
}

const where = (n: number, line?: number) => (line ? `entry ${n}, line ${line}` : `entry ${n}`);

/** The first line of a parser's complaint, without its stack. */
const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0]!.trim();

/** The parser's complaint without its line numbers, which count from the entry, not the file. */
function parserMessage(error: unknown): string {
  const message = firstLine(error).replace(/\s*at line \d+ col \d+:?$/, '');
  return /got EOF/.test(message) ? `${message} (the entry ends before its braces close).` : `${message}.`;
}

/** Checks a cleaned item against the model; a reference needs a type and a title to be of any use. */
function accept(raw: Record<string, unknown>, position: string, out: ParsedReferences): void {
  if (typeof raw.title !== 'string' || !raw.title.trim()) {
    out.problems.push({ position, message: 'has no title.' });
    return;
  }
  const parsed = CslItem.safeParse(raw.type ? raw : { ...raw, type: 'document' });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    out.problems.push({ position, message: `${issue.path.join('.') || 'item'}: ${issue.message}.` });
    return;
  }
  out.items.push({ csl: parsed.data, position });
}

type EntryReader = (text: string) => Record<string, unknown>[];

const citationJs =
  (forceType: string, prefix = ''): EntryReader =>
  (text) =>
    plugins.input.chain(prefix + text, { forceType, generateGraphs: false });

function parseEntries(entries: RawEntry[], read: EntryReader, out: ParsedReferences, pubmedNames = false): void {
  entries.forEach((entry, i) => {
    const position = where(i + 1, entry.line);
    if (entry.defect) {
      out.problems.push({ position, message: `${entry.defect}.` });
      return;
    }
    let items: Record<string, unknown>[];
    try {
      items = read(entry.text);
    } catch (error) {
      out.problems.push({ position, message: `cannot be read: ${parserMessage(error)}` });
      return;
    }
    if (!items.length) out.problems.push({ position, message: 'holds no reference.' });
    for (const item of items) accept(normaliseCsl(item, { pubmedNames }), position, out);
  });
}

/**
 * RIS tags that exports use for the same thing. EndNote writes authors as A1
 * where others write AU (citation-js reads only one of the two), and gives the
 * full journal name in JF beside the abbreviation in JO: the full name is the
 * container title, the abbreviation its short form.
 */
function harmoniseRis(entry: RawEntry): RawEntry {
  let text = entry.text.replace(/^A1(\s{1,2}-)/gm, 'AU$1');
  if (/^JF {1,2}-/m.test(text)) text = text.replace(/^JO(\s{1,2}-)/gm, 'J2$1').replace(/^JF(\s{1,2}-)/gm, 'T2$1');
  return { ...entry, text };
}

/** PubMed's RIS writes names as "Scott SD" (family name, initials, no comma). */
const looksLikePubmed = (text: string) => /^AU {1,2}- [^,\n]+ \p{Lu}{1,3}\s*$/mu.test(text) && !/^AU {1,2}- [^\n]*,/m.test(text);

function parseCslJson(text: string, out: ParsedReferences): void {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const at = /position (\d+)/.exec(firstLine(error));
    const line = at ? text.slice(0, Number(at[1])).split('\n').length : undefined;
    out.problems.push({ position: line ? `line ${line}` : 'file', message: `not valid JSON: ${firstLine(error)}` });
    return;
  }
  const list = Array.isArray(data) ? data : data && typeof data === 'object' && Array.isArray((data as { items?: unknown }).items) ? (data as { items: unknown[] }).items : [data];
  list.forEach((item, i) => {
    const position = `item ${i + 1}`;
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      out.problems.push({ position, message: 'is not a CSL-JSON object.' });
      return;
    }
    const clean = normaliseCsl(item as Record<string, unknown>);
    if (!clean.type) {
      out.problems.push({ position, message: 'has no “type”, which every CSL-JSON item needs.' });
      return;
    }
    accept(clean, position, out);
  });
}

/**
 * Reads references from RIS, BibTeX, CSL-JSON or PubMed's MEDLINE format into CSL items. Each entry is
 * parsed on its own, so one malformed entry is reported with its position and
 * the rest are still read.
 */
export function parseReferences(text: string, format: ReferenceFormat | 'auto'): ParsedReferences {
  const chosen = format === 'auto' ? detectFormat(text) : format;
  const out: ParsedReferences = { format: chosen, items: [], problems: [] };
  if (!chosen) {
    out.problems.push({ position: 'file', message: 'is not RIS, BibTeX, CSL-JSON or PubMed (no “TY  -” tag, @entry, JSON or “PMID-” found).' });
    return out;
  }
  if (chosen === 'csl-json') parseCslJson(text, out);
  else if (chosen === 'ris') parseEntries(splitRis(text).map(harmoniseRis), citationJs('@ris/file'), out, looksLikePubmed(text));
  else if (chosen === 'medline') parseEntries(splitMedline(text), (record) => [medlineToCsl(record)], out, true);
  else {
    const { entries, strings } = splitBibtex(text);
    parseEntries(entries, citationJs('@biblatex/text', strings ? `${strings}\n` : ''), out);
  }
  if (!out.items.length && !out.problems.length) out.problems.push({ position: 'file', message: `holds no ${chosen} entries.` });
  return out;
}
