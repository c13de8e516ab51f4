/** One entry of a reference file, with where it starts (1-based line) for problem reports. */
export interface RawEntry {
  text: string;
  line: number;
  /** Set when the entry is visibly incomplete, so it is reported instead of parsed. */
  defect?: string;
}

const lines = (text: string) => text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);

const RIS_START = /^TY {1,2}-/;
const RIS_END = /^ER {1,2}-/;

/** RIS entries run from a TY line to an ER line; an entry cut off by the next TY or the end of the file is defective. */
export function splitRis(text: string): RawEntry[] {
  const out: RawEntry[] = [];
  let current: { lines: string[]; line: number } | null = null;
  const close = (defect?: string) => {
    if (current) out.push({ text: `${current.lines.join('\n')}\n`, line: current.line, ...(defect ? { defect } : {}) });
    current = null;
  };
  lines(text).forEach((raw, i) => {
    const line = raw.trimEnd();
    if (RIS_START.test(line)) {
      close('has no closing “ER  -” line before the next entry');
      current = { lines: [line], line: i + 1 };
    } else if (current) {
      current.lines.push(line);
      if (RIS_END.test(line)) close();
    }
  });
  close('has no closing “ER  -” line (the file may be cut short)');
  return out;
}

const BIBTEX_START = /^\s*@([a-z]+)\s*[{(]/i;

/**
 * BibTeX entries start with @type{ at the start of a line, so a broken entry
 * (an unclosed brace) stops at the next one instead of swallowing the rest.
 * @string definitions are returned apart: every entry may use them.
 */
export function splitBibtex(text: string): { entries: RawEntry[]; strings: string } {
  const entries: RawEntry[] = [];
  const strings: string[] = [];
  let current: { lines: string[]; line: number; kind: string } | null = null;
  const close = () => {
    if (!current) return;
    const body = current.lines.join('\n');
    if (current.kind === 'string') strings.push(body);
    else if (current.kind !== 'comment' && current.kind !== 'preamble') entries.push({ text: body, line: current.line });
    current = null;
  };
  lines(text).forEach((line, i) => {
    const start = BIBTEX_START.exec(line);
    if (start) {
      close();
      current = { lines: [line], line: i + 1, kind: start[1]!.toLowerCase() };
    } else if (current) current.lines.push(line);
  });
  close();
  return { entries, strings: strings.join('\n') };
}
