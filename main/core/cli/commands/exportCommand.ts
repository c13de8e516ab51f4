import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import { exportDocx } from '../../export/docx/exportDocx';
import { exportPdf } from '../../export/pdf/exportPdf';
import { exportJsonFile } from '../../interchange/exportJson';
import { Project } from '../../store/project';
import { EXIT, UsageError, type Command } from '../command';
import { parseCommandArgs } from '../parseCommandArgs';

interface ExportRequest {
  brandName?: string;
  reviewCopy: boolean;
}

type Exporter = (project: Project, out: string, request: ExportRequest) => Promise<void>;

/** Output formats by file extension. A new format is one entry here. */
const EXPORTERS: Record<string, Exporter> = {
  '.pdf': (project, out, { brandName }) => exportPdf(project, out, { brandName }),
  '.docx': (project, out, { brandName, reviewCopy }) => exportDocx(project, out, { brandName, reviewCopy }),
  // The whole project as one JSON document (docs/json-format.md); brands are all included, none applied.
  '.json': async (project, out) => exportJsonFile(project, out),
};

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
    const exporter = EXPORTERS[extension];
    if (!exporter) throw new UsageError(`cannot export to “${out}”: the name must end in ${Object.keys(EXPORTERS).join(' or ')}`);
    if (values['review-copy'] && extension !== '.docx') throw new UsageError('--review-copy applies to DOCX exports only');
    if (existsSync(out) && !values.force) throw new UsageError(`“${out}” already exists; add --force to replace it`);
    const project = Project.open(file);
    try {
      await exporter(project, out, { brandName: values.brand, reviewCopy: !!values['review-copy'] });
    } finally {
      project.close();
    }
    io.out(`Exported ${out}`);
    return EXIT.ok;
  },
};
