import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import { EXPORT_RUNNERS, type ExportFormat } from '../../export/exportFormats';
import { Project } from '../../store/project';
import { EXIT, UsageError, type Command } from '../command';
import { parseCommandArgs } from '../parseCommandArgs';

/** The format an output name asks for; a DOCX review copy is asked for with --review-copy. */
const FORMAT_BY_EXTENSION: Record<string, ExportFormat> = { '.pdf': 'pdf', '.docx': 'docx', '.json': 'json' };

export const exportCommand: Command = {
  name: 'export',
  usage: 'casebook export FILE OUT.pdf|OUT.docx|OUT.json [--brand NAME] [--review-copy] [--force]',
  summary: 'Export the report as a branded PDF or DOCX, or the whole project as JSON.',
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      argv,
      { brand: { type: 'string' }, force: { type: 'boolean' }, 'review-copy': { type: 'boolean' } },
      ['FILE', 'OUT'],
    );
    const [file, out] = positionals as [string, string];
    const extension = extname(out).toLowerCase();
    const format = FORMAT_BY_EXTENSION[extension];
    if (!format) throw new UsageError(`cannot export to “${out}”: the name must end in ${Object.keys(FORMAT_BY_EXTENSION).join(' or ')}`);
    if (values['review-copy'] && extension !== '.docx') throw new UsageError('--review-copy applies to DOCX exports only');
    if (existsSync(out) && !values.force) throw new UsageError(`“${out}” already exists; add --force to replace it`);
    const project = Project.open(file);
    try {
      const run = EXPORT_RUNNERS[values['review-copy'] ? 'docx-review' : format];
      await run(project, out, { brandName: values.brand, onWarning: (message) => io.err(`Warning: ${message}`) });
    } finally {
      project.close();
    }
    io.out(`Exported ${out}`);
    return EXIT.ok;
  },
};
