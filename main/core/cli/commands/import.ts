import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { MAX_IMPORT_BYTES } from '../../../../shared/api/calls/import';
import { importDocument } from '../../import/importDocument';
import { Project } from '../../store/project';
import { EXIT, UsageError, type Command } from '../command';
import { parseCommandArgs } from '../parseCommandArgs';

function readInput(path: string): Buffer {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new UsageError(`“${path}” is not a file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read “${path}”: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  if (size > MAX_IMPORT_BYTES) throw new UsageError(`“${path}” is larger than ${MAX_IMPORT_BYTES / 1048576} MB`);
  return readFileSync(path);
}

export const importCommand: Command = {
  name: 'import',
  usage: 'casebook import FILE INPUT [--json]',
  summary: 'Add the sections of a Word (.docx) or Markdown (.md) document to a project.',
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { json: { type: 'boolean' } }, ['FILE', 'INPUT']);
    const [file, input] = positionals as [string, string];
    const bytes = readInput(input);
    const project = Project.open(file);
    try {
      const result = await importDocument(project, { fileName: input, bytes, baseDir: dirname(resolve(input)) });
      if (values.json) {
        io.out(JSON.stringify(result));
        return EXIT.ok;
      }
      const count = result.sectionIds.length;
      io.out(`Imported ${count} section${count === 1 ? '' : 's'} from ${input}.`);
      if (result.title) io.out(`Report title set to “${result.title}”.`);
      for (const warning of result.warnings) io.err(`warning: ${warning}`);
      return EXIT.ok;
    } finally {
      project.close();
    }
  },
};
