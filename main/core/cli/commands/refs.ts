import { readFileSync, statSync } from 'node:fs';
import { importReferences, type ImportResult } from '../../citations/importReferences';
import { saveFormattedCitations } from '../../citations/formattedEntryCache';
import { formatFromFileName, REFERENCE_FORMATS, type ReferenceFormat } from '../../citations/referenceFormat';
import { Project } from '../../store/project';
import { EXIT, UsageError, type CliIo, type Command } from '../command';
import { parseCommandArgs } from '../parseCommandArgs';

const MAX_BYTES = 50 * 1048576;

const FORMAT_NAMES: Record<ReferenceFormat, string> = { ris: 'RIS', bibtex: 'BibTeX', 'csl-json': 'CSL-JSON', medline: 'PubMed MEDLINE' };

/** The reference file as text; anything that is not a readable text file is a usage error (exit 2). */
function readText(path: string): string {
  let bytes: Buffer;
  try {
    if (!statSync(path).isFile()) throw new UsageError(`“${path}” is not a file`);
    if (statSync(path).size > MAX_BYTES) throw new UsageError(`“${path}” is larger than ${MAX_BYTES / 1048576} MB`);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read “${path}”: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  if (bytes.includes(0)) throw new UsageError(`“${path}” is not a text file`);
  return new TextDecoder('utf-8').decode(bytes);
}

function chooseFormat(option: string | undefined, input: string): ReferenceFormat | 'auto' {
  if (option === undefined) return formatFromFileName(input) ?? 'auto';
  if ((REFERENCE_FORMATS as readonly string[]).includes(option)) return option as ReferenceFormat;
  throw new UsageError(`unknown format “${option}”; use ris, bibtex, csl-json or medline`);
}

/** Problems with the file as a whole (not one entry): nothing in it could be read. */
const wholeFileProblem = (result: ImportResult) =>
  !result.added.length && !result.duplicates.length && result.problems.some((p) => !/^(entry|item) /.test(p.position));

function report(result: ImportResult, input: string, io: CliIo): void {
  const n = result.added.length;
  const format = result.format ? ` (${FORMAT_NAMES[result.format]})` : '';
  io.out(`Added ${n} reference${n === 1 ? '' : 's'} from ${input}${format}.`);
  for (const d of result.duplicates) io.out(`Duplicate, not added: ${d.position}, “${d.title}”: ${d.reason}`);
  for (const p of result.problems) io.out(`Not imported: ${p.position}: ${p.message}`);
}

export const refsCommand: Command = {
  name: 'refs',
  usage: 'casebook refs FILE INPUT [--format ris|bibtex|csl-json|medline] [--json]',
  summary:
    'Import references from RIS, BibTeX, CSL-JSON or PubMed (format from .ris/.bib/.json/.nbib); exit 1 if some entries were duplicates or unreadable.',
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { format: { type: 'string' }, json: { type: 'boolean' } }, ['FILE', 'INPUT']);
    const [file, input] = positionals as [string, string];
    const format = chooseFormat(values.format, input);
    const text = readText(input);
    const project = Project.open(file);
    try {
      const result = importReferences(project, text, format);
      // As the app does after an import, so the next export need not format them.
      if (result.added.length) saveFormattedCitations(project);
      if (wholeFileProblem(result)) {
        throw new UsageError(`cannot read references from “${input}”: ${result.problems.map((p) => `${p.position} ${p.message}`).join('; ')}`);
      }
      if (values.json) io.out(JSON.stringify(result));
      else report(result, input, io);
      return result.duplicates.length || result.problems.length ? EXIT.problem : EXIT.ok;
    } finally {
      project.close();
    }
  },
};
